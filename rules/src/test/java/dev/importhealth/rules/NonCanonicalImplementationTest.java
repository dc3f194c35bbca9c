package dev.importhealth.rules;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.importhealth.rules.testing.RuleTester;
import org.junit.jupiter.api.Test;

class NonCanonicalImplementationTest {

  private static final String REGISTRY = """
      ssot:
        - name: websocket-manager
          canonical: com.acme.ws.UnifiedWebSocketManager
          interface: com.acme.ws.WebSocketManager
          pattern: ".*WebSocketManager.*"
          allow: [com.acme.ws.FakeWebSocketManager]
      """;

  private static RuleTester tester() {
    return RuleTester.of(new NonCanonicalImplementation()).withConfig(REGISTRY)
        .addSource("com/acme/ws/WebSocketManager.java", """
            package com.acme.ws;
            public interface WebSocketManager {
              void connect(String user);
              void send(String user, String text);
              void close(String user);
            }
            """)
        .addSource("com/acme/ws/UnifiedWebSocketManager.java", """
            package com.acme.ws;
            public class UnifiedWebSocketManager implements WebSocketManager {
              public void connect(String user) {}
              public void send(String user, String text) {}
              public void close(String user) {}
              public void broadcast(String text) {}
              public static UnifiedWebSocketManager instance() { return new UnifiedWebSocketManager(); }
              static class Session {}
            }
            """);
  }

  @Test
  void flagsDirectAndIndirectImplementorsOfTheInterface() {
    tester()
        .addSource("com/acme/ws/LegacyManager.java", """
            package com.acme.ws;
            // FINDING: 'com.acme.ws.LegacyManager' competes with the canonical 'com.acme.ws.UnifiedWebSocketManager' of 'websocket-manager': it implements 'com.acme.ws.WebSocketManager'.
            public class LegacyManager implements WebSocketManager {
              public void connect(String user) {}
              public void send(String user, String text) {}
              public void close(String user) {}
            }
            """)
        .addSource("com/acme/chat/Managers.java", """
            package com.acme.chat;
            import com.acme.ws.WebSocketManager;
            abstract class BaseManager implements WebSocketManager {
              public void close(String user) {}
            }
            // FINDING: 'com.acme.chat.PooledManager' competes with the canonical 'com.acme.ws.UnifiedWebSocketManager' of 'websocket-manager': it implements 'com.acme.ws.WebSocketManager'.
            class PooledManager extends BaseManager {
              public void connect(String user) {}
              public void send(String user, String text) {}
              static class Cache {}
              // FINDING: 'com.acme.chat.PooledManager.Nested' competes with
              static class Nested extends PooledManager {}
            }
            """)
        .expectFindingsAsMarked();
  }

  @Test
  void flagsAClassWhoseNameMatchesThePatternThoughItNeverImplementedTheInterface() {
    tester()
        .addSource("com/acme/chat/ChatWebSocketManagerImpl.java", """
            package com.acme.chat;
            // FINDING: competes with the canonical 'com.acme.ws.UnifiedWebSocketManager' of 'websocket-manager': its name matches the pattern '.*WebSocketManager.*'.
            public class ChatWebSocketManagerImpl {
              public void open() {}
            }
            """)
        .expectFindingsAsMarked();
  }

  @Test
  void flagsAClassThatDuplicatesMostOfTheCanonicalsPublicApi() {
    tester()
        .addSource("com/acme/chat/SocketHub.java", """
            package com.acme.chat;
            // FINDING: 'com.acme.chat.SocketHub' competes with the canonical 'com.acme.ws.UnifiedWebSocketManager' of 'websocket-manager': its public methods duplicate 3 of the canonical's 4 (connect(String), send(String, String), broadcast(String)).
            public class SocketHub {
              public void connect(String user) {}
              public void send(String user, String text) {}
              public void broadcast(String text) {}
              public void close(int code) {}
            }
            """)
        .addSource("com/acme/chat/SmallHub.java", """
            package com.acme.chat;
            public class SmallHub {
              public void connect(String user) {}
              public void send(String user, String text) {}
              void broadcast(String text) {}
              public static void close(String user) {}
            }
            """)
        .expectFindingsAsMarked();
  }

  @Test
  void ignoresTheCanonicalItsPartsAndSubclassesTheAllowedDoubleAbstractBasesAndTheInterface() {
    tester()
        .addSource("com/acme/ws/FakeWebSocketManager.java", """
            package com.acme.ws;
            public class FakeWebSocketManager implements WebSocketManager {
              public void connect(String user) {}
              public void send(String user, String text) {}
              public void close(String user) {}
            }
            """)
        .addSource("com/acme/ws/AbstractWebSocketManager.java", """
            package com.acme.ws;
            public abstract class AbstractWebSocketManager implements WebSocketManager {}
            """)
        .addSource("com/acme/ws/ExtendedWebSocket.java", """
            package com.acme.ws;
            public interface ExtendedWebSocket extends WebSocketManager {}
            """)
        .addSource("com/acme/ws/MeteredManager.java", """
            package com.acme.ws;
            public class MeteredManager extends UnifiedWebSocketManager {
              public void send(String user, String text) {}
            }
            """)
        .addSource("com/acme/App.java", """
            package com.acme;
            import com.acme.ws.WebSocketManager;
            class App {
              WebSocketManager anonymous = new WebSocketManager() {
                public void connect(String user) {}
                public void send(String user, String text) {}
                public void close(String user) {}
              };
              void run() {
                class Local implements WebSocketManager {
                  public void connect(String user) {}
                  public void send(String user, String text) {}
                  public void close(String user) {}
                }
              }
            }
            """)
        .expectNoFindings();
  }

  @Test
  void staysSilentOnTheInterfaceWhenASupertypeIsUnknown() {
    tester()
        .addSource("com/acme/chat/RemoteManager.java", """
            package com.acme.chat;
            import org.elsewhere.Base;
            import com.acme.ws.WebSocketManager;
            // Base may implement the rest; the interface criterion needs the whole hierarchy (its API is not duplicated)
            public class RemoteManager extends Base implements WebSocketManager {
              public void connect(String user) {}
            }
            """)
        .expectNoFindings();
  }

  @Test
  void registryTargetsMustExistAndThePatternMustMatchASourceType() {
    assertThatThrownBy(RuleTester.of(new NonCanonicalImplementation())
        .withConfig("ssot:\n  - name: x\n    canonical: com.acme.Gone\n")
        .addSource("com/acme/A.java", "package com.acme;\npublic class A {}\n")::run)
        .hasMessageContaining("import-health.yaml:2: 'ssot.canonical': type 'com.acme.Gone' does not exist");
    assertThatThrownBy(RuleTester.of(new NonCanonicalImplementation())
        .withConfig("ssot:\n  - name: x\n    canonical: com.acme.A\n    interface: com.acme.Role\n")
        .addSource("com/acme/A.java", "package com.acme;\npublic class A {}\n")::run)
        .hasMessageContaining(":2: 'ssot.interface': type 'com.acme.Role' does not exist");
    assertThatThrownBy(RuleTester.of(new NonCanonicalImplementation())
        .withConfig("ssot:\n  - name: x\n    canonical: com.acme.A\n    pattern: .*Manager\n")
        .addSource("com/acme/A.java", "package com.acme;\npublic class A {}\n")::run)
        .hasMessageContaining(":2: 'ssot.pattern': '.*Manager' matches the simple name of no type");
  }
}
