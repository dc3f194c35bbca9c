package dev.importhealth.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.importhealth.core.api.FileRegion;
import dev.importhealth.core.api.Finding;
import dev.importhealth.core.engine.AnalysisResult;
import dev.importhealth.rules.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateCandidatesTest {

  private static final String ROLE = """
      package com.acme.ws;
      public interface WebSocketManager { void connect(String user); void send(String user, String text); }
      """;

  private static String implementation(String pkg, String name, String extra) {
    return "package " + pkg + ";\n"
        + (pkg.equals("com.acme.ws") ? "" : "import com.acme.ws.WebSocketManager;\n")
        + "public class " + name + " implements WebSocketManager " + extra + "{\n"
        + "  public void connect(String user) {}\n"
        + "  public void send(String user, String text) {}\n"
        + "}\n";
  }

  @Test
  void clustersImplementationsOfOneRoleWhoseNamesDifferOnlyByVersionWords() {
    AnalysisResult result = RuleTester.of(new DuplicateCandidates())
        .addSource("main/java/com/acme/ws/WebSocketManager.java", ROLE)
        .addSource("main/java/com/acme/ws/UnifiedWebSocketManager.java",
            implementation("com.acme.ws", "UnifiedWebSocketManager", ""))
        .addSource("main/java/com/acme/legacy/LegacyWebSocketManager.java",
            implementation("com.acme.legacy", "LegacyWebSocketManager", ""))
        .addSource("main/java/com/acme/chat/WebSocketManagerImpl.java",
            implementation("com.acme.chat", "WebSocketManagerImpl", ""))
        .run();

    assertThat(result.findings()).singleElement().satisfies(f -> {
      assertThat(f.message()).startsWith("'com.acme.chat.WebSocketManagerImpl', 'com.acme.legacy.LegacyWebSocketManager' "
          + "and 'com.acme.ws.UnifiedWebSocketManager' look like competing implementations of one role "
          + "('WebSocketManager': all implement 'com.acme.ws.WebSocketManager' and share the public methods connect, send).");
      assertThat(f.message()).contains("ssot: [{name: web-socket-manager, canonical: <the one to keep>");
      assertThat(((FileRegion) f.location()).file().toString()).endsWith("WebSocketManagerImpl.java");
    });
  }

  @Test
  void clustersClassesWithoutACommonInterfaceWhenTheirPublicApiIsMostlyTheSame() {
    String api = "{ public void open() {} public void push(String s) {} public void flush() {} public int size() { return 0; } }";
    AnalysisResult result = RuleTester.of(new DuplicateCandidates())
        .addSource("main/java/com/acme/a/EventBuffer.java", "package com.acme.a;\npublic class EventBuffer " + api + "\n")
        .addSource("main/java/com/acme/b/NewEventBuffer.java", "package com.acme.b;\npublic class NewEventBuffer " + api + "\n")
        .run();

    assertThat(result.findings()).extracting(Finding::message).singleElement().asString()
        .contains("they share the public methods flush, open, push, size");
  }

  @Test
  void staysSilentOnRefinementsUnrelatedClassesTestDoublesAndShortStems() {
    RuleTester.of(new DuplicateCandidates())
        .addSource("main/java/com/acme/ws/WebSocketManager.java", ROLE)
        .addSource("main/java/com/acme/ws/DefaultWebSocketManager.java",
            implementation("com.acme.ws", "DefaultWebSocketManager", ""))
        // a subclass refines its base: not a competitor
        .addSource("main/java/com/acme/ws/UnifiedWebSocketManager.java",
            "package com.acme.ws;\npublic class UnifiedWebSocketManager extends DefaultWebSocketManager {}\n")
        // a test double imitates on purpose
        .addSource("test/java/com/acme/ws/SimpleWebSocketManager.java",
            implementation("com.acme.ws", "SimpleWebSocketManager", ""))
        // the same stem with nothing in common
        .addSource("main/java/com/acme/report/LegacyWebSocketManager.java",
            "package com.acme.report;\npublic class LegacyWebSocketManager { public String describe() { return \"\"; } }\n")
        // a one-word stem says too little: Parser, DefaultParser
        .addSource("main/java/com/acme/p/Parser.java", "package com.acme.p;\npublic class Parser implements Runnable { public void run() {} }\n")
        .addSource("main/java/com/acme/p/DefaultParser.java", "package com.acme.p;\npublic class DefaultParser implements Runnable { public void run() {} }\n")
        .expectNoFindings();
  }

  @Test
  void anAdapterAndWhatItWrapsAndPlatformVariantsAreNoCluster() {
    String api = "public void open() {} public void push(String s) {} public void flush() {} ";
    RuleTester.of(new DuplicateCandidates())
        .addSource("main/java/com/acme/a/EventBuffer.java", "package com.acme.a;\npublic class EventBuffer { " + api + "}\n")
        .addSource("main/java/com/acme/b/DefaultEventBuffer.java", "package com.acme.b;\n"
            + "public class DefaultEventBuffer { private final com.acme.a.EventBuffer delegate = null; " + api + "}\n")
        .addSource("main/java/com/acme/c/CleanerJava9.java", "package com.acme.c;\npublic class CleanerJava9 { " + api + "}\n")
        .addSource("main/java/com/acme/c/CleanerJava25.java", "package com.acme.c;\npublic class CleanerJava25 { " + api + "}\n")
        .expectNoFindings();
  }

  @Test
  void aClusterTheSsotRegistryAlreadyCoversIsNotReportedAgain() {
    RuleTester.of(new DuplicateCandidates())
        .withConfig("""
            ssot:
              - name: websocket-manager
                canonical: com.acme.ws.UnifiedWebSocketManager
                interface: com.acme.ws.WebSocketManager
            """)
        .addSource("main/java/com/acme/ws/WebSocketManager.java", ROLE)
        .addSource("main/java/com/acme/ws/UnifiedWebSocketManager.java",
            implementation("com.acme.ws", "UnifiedWebSocketManager", ""))
        .addSource("main/java/com/acme/legacy/LegacyWebSocketManager.java",
            implementation("com.acme.legacy", "LegacyWebSocketManager", ""))
        .expectNoFindings();
  }

  @Test
  void anAbstractBaseAndItsOnlyImplementationAreNoCluster() {
    List<Finding> findings = RuleTester.of(new DuplicateCandidates())
        .addSource("main/java/com/acme/ws/WebSocketManager.java", ROLE)
        .addSource("main/java/com/acme/ws/BaseWebSocketManager.java",
            "package com.acme.ws;\npublic abstract class BaseWebSocketManager implements WebSocketManager {}\n")
        .addSource("main/java/com/acme/ws/WebSocketManagerImpl.java",
            implementation("com.acme.ws", "WebSocketManagerImpl", ""))
        .run().findings();

    assertThat(findings).isEmpty();
  }
}
