package dev.importhealth.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.importhealth.core.api.FileRegion;
import dev.importhealth.core.api.Finding;
import dev.importhealth.core.engine.AnalysisResult;
import dev.importhealth.core.engine.CheckRequest;
import dev.importhealth.core.engine.Engine;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * IH401 and IH402 on classes compiled from another JVM language: the registry's ArchUnit rules run
 * on {@code target/classes}, and each violation is reported in the class's own source file, at the
 * line the class file records or the line declaring the class, never line 0. Kotlin is stood in
 * for by Java compiled to the class directory whose source is then replaced by a {@code .kt} file.
 */
class CompiledSsotTest {

  @TempDir
  Path root;

  private void write(String path, String text) throws Exception {
    Files.createDirectories(root.resolve(path).getParent());
    Files.writeString(root.resolve(path), text);
  }

  @Test
  void reportsCompetitorsAndUsesInOtherLanguagesAtTheirSourceLines() throws Exception {
    write("pom.xml", "<project><modelVersion>4.0.0</modelVersion><groupId>a</groupId><artifactId>app</artifactId>"
        + "<version>1</version></project>\n");
    write("import-health.yaml", """
        ssot:
          - name: websocket-manager
            canonical: com.acme.ws.UnifiedWebSocketManager
            interface: com.acme.ws.WebSocketManager
        """);
    write("src/main/java/com/acme/ws/WebSocketManager.java",
        "package com.acme.ws;\npublic interface WebSocketManager { void send(String s); }\n");
    write("src/main/java/com/acme/ws/UnifiedWebSocketManager.java",
        "package com.acme.ws;\npublic class UnifiedWebSocketManager implements WebSocketManager { public void send(String s) {} }\n");
    String competitor = "package com.acme.chat;\n\nimport com.acme.ws.WebSocketManager;\n\n"
        + "public class KtWebSocketManager implements WebSocketManager {\n  public void send(String s) {}\n}\n";
    String user = "package com.acme.chat;\n\nclass ChatRoom {\n  void post() {\n    new KtWebSocketManager().send(\"hi\");\n  }\n}\n";
    compile(Map.of("com/acme/chat/KtWebSocketManager.java", competitor, "com/acme/chat/ChatRoom.java", user));
    // the "Kotlin" sources, with the declaration and the use on the lines the class files record
    write("src/main/kotlin/com/acme/chat/KtWebSocketManager.kt", "package com.acme.chat\n\nimport com.acme.ws.WebSocketManager\n\n"
        + "class KtWebSocketManager : WebSocketManager {\n  override fun send(s: String) {}\n}\n");
    write("src/main/kotlin/com/acme/chat/ChatRoom.kt",
        "package com.acme.chat\n\nclass ChatRoom {\n  fun post() {\n    KtWebSocketManager().send(\"hi\")\n  }\n}\n");

    AnalysisResult result = new Engine(List.of(new NonCanonicalImplementation(), new NonCanonicalUse()))
        .check(CheckRequest.of(root));

    Map<String, String> byPlace = new TreeMap<>();
    for (Finding finding : result.findings()) {
      FileRegion at = (FileRegion) finding.location();
      assertThat(at.startLine()).isPositive();
      byPlace.put(root.relativize(at.file()) + ":" + at.startLine() + " " + finding.ruleId(), finding.message());
    }
    assertThat(byPlace).containsExactly(
        Map.entry("src/main/kotlin/com/acme/chat/ChatRoom.kt:5 IH402", "'com.acme.chat.KtWebSocketManager' is not the "
            + "canonical 'websocket-manager' (used in ChatRoom.kt): use 'com.acme.ws.UnifiedWebSocketManager' instead."),
        Map.entry("src/main/kotlin/com/acme/chat/KtWebSocketManager.kt:5 IH401", "'com.acme.chat.KtWebSocketManager' "
            + "(compiled from KtWebSocketManager.kt) competes with the canonical 'com.acme.ws.UnifiedWebSocketManager' of "
            + "'websocket-manager': it implements the concept's role."));
  }

  @Test
  void classesWithJavaSourcesAreLeftToTheSourceRules() throws Exception {
    write("pom.xml", "<project><modelVersion>4.0.0</modelVersion><groupId>a</groupId><artifactId>app</artifactId>"
        + "<version>1</version></project>\n");
    write("import-health.yaml", "ssot:\n  - name: ws\n    canonical: com.acme.ws.Unified\n    interface: com.acme.ws.Role\n");
    write("src/main/java/com/acme/ws/Role.java", "package com.acme.ws;\npublic interface Role {}\n");
    write("src/main/java/com/acme/ws/Unified.java", "package com.acme.ws;\npublic class Unified implements Role {}\n");
    write("src/main/java/com/acme/ws/Legacy.java", "package com.acme.ws;\npublic class Legacy implements Role {}\n");
    compile(Map.of());

    AnalysisResult result = new Engine(List.of(new NonCanonicalImplementation())).check(CheckRequest.of(root));

    assertThat(result.findings()).singleElement()
        .satisfies(f -> assertThat(((FileRegion) f.location()).file().toString()).endsWith("Legacy.java"));
  }

  /** Compiles the Java sources and the extra files into target/classes, with line numbers. */
  private void compile(Map<String, String> extra) throws Exception {
    Path staging = Files.createTempDirectory("kotlin-stand-in");
    List<String> arguments = new ArrayList<>(List.of("-g", "-d", root.resolve("target/classes").toString()));
    for (Map.Entry<String, String> file : extra.entrySet()) {
      Path source = staging.resolve(file.getKey());
      Files.createDirectories(source.getParent());
      Files.writeString(source, file.getValue());
      arguments.add(source.toString());
    }
    try (var sources = Files.walk(root.resolve("src/main/java"))) {
      sources.filter(p -> p.toString().endsWith(".java")).forEach(p -> arguments.add(p.toString()));
    }
    Files.createDirectories(root.resolve("target/classes"));
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int status = ToolProvider.getSystemJavaCompiler().run(null, null, errors, arguments.toArray(String[]::new));
    assertThat(status).as(errors.toString(StandardCharsets.UTF_8)).isZero();
  }
}
