package dev.importhealth.rules;

import dev.importhealth.rules.testing.RuleTester;
import org.junit.jupiter.api.Test;

class NonCanonicalUseTest {

  private static RuleTester tester() {
    return RuleTester.of(new NonCanonicalUse()).withConfig("""
            ssot:
              - name: websocket-manager
                canonical: com.acme.ws.UnifiedWebSocketManager
                interface: com.acme.ws.WebSocketManager
                allow: [com.acme.ws.FakeWebSocketManager]
            """)
        .addSource("com/acme/ws/WebSocketManager.java", """
            package com.acme.ws;
            public interface WebSocketManager { void send(String text); }
            """)
        .addSource("com/acme/ws/UnifiedWebSocketManager.java", """
            package com.acme.ws;
            public class UnifiedWebSocketManager implements WebSocketManager {
              public void send(String text) {}
            }
            """)
        .addSource("com/acme/ws/FakeWebSocketManager.java", """
            package com.acme.ws;
            public class FakeWebSocketManager implements WebSocketManager {
              public void send(String text) {}
            }
            """)
        .addSource("com/acme/ws/LegacyWebSocketManager.java", """
            package com.acme.ws;
            public class LegacyWebSocketManager implements WebSocketManager {
              public static final int LIMIT = 3;
              public static LegacyWebSocketManager create() { return new LegacyWebSocketManager(); }
              public void send(String text) {}
              LegacyWebSocketManager self() { return this; }
            }
            """);
  }

  @Test
  void flagsEveryPlaceThatNamesANonCanonicalClassInAnotherFile() {
    tester().addSource("com/acme/chat/Chat.java", """
            package com.acme.chat;
            import com.acme.ws.LegacyWebSocketManager;
            // FINDING: 'com.acme.ws.LegacyWebSocketManager' is not the canonical 'websocket-manager': use 'com.acme.ws.UnifiedWebSocketManager' instead.
            import static com.acme.ws.LegacyWebSocketManager.create;
            import java.util.List;
            class Chat {
              // FINDING: use 'com.acme.ws.UnifiedWebSocketManager' instead.
              private final LegacyWebSocketManager manager = create();
              // FINDING: 'com.acme.ws.LegacyWebSocketManager' is not the canonical
              List<LegacyWebSocketManager> all;
              void run() {
                // FINDING: 'com.acme.ws.LegacyWebSocketManager' is not the canonical
                Object o = new LegacyWebSocketManager();
                // FINDING: 'com.acme.ws.LegacyWebSocketManager' is not the canonical
                LegacyWebSocketManager.create().send("x");
                // FINDING: 'com.acme.ws.LegacyWebSocketManager' is not the canonical
                int limit = LegacyWebSocketManager.LIMIT;
                // FINDING: 'com.acme.ws.LegacyWebSocketManager' is not the canonical
                Runnable r = LegacyWebSocketManager::create;
                manager.send("y");
              }
            }
            """)
        .expectFindingsAsMarked();
  }

  @Test
  void ignoresTheCanonicalTheAllowedDoubleAndTheInterface() {
    tester().addSource("com/acme/chat/Chat.java", """
            package com.acme.chat;
            import com.acme.ws.FakeWebSocketManager;
            import com.acme.ws.UnifiedWebSocketManager;
            import com.acme.ws.WebSocketManager;
            class Chat {
              WebSocketManager a = new UnifiedWebSocketManager();
              WebSocketManager b = new FakeWebSocketManager();
            }
            """)
        .expectNoFindings();
  }

  @Test
  void flagsAFullyQualifiedUseOnce() {
    tester().addSource("com/acme/chat/Chat.java", """
            package com.acme.chat;
            class Chat {
              // FINDING: 'com.acme.ws.LegacyWebSocketManager' is not the canonical
              Object manager = com.acme.ws.LegacyWebSocketManager.create();
            }
            """)
        .expectFindingsAsMarked();
  }
}
