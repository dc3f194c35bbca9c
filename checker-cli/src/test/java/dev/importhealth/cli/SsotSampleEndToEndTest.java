package dev.importhealth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code testdata/ssot-sample}: an {@code ssot:} registry, competing WebSocket managers (two
 * implementing the interface, one only matching the pattern) and their users; an allowed test double
 * and a test class named after the canonical stay silent.
 */
class SsotSampleEndToEndTest {

  private static final Path SAMPLE = TestDirs.testdata("ssot-sample");

  @TempDir
  Path dir;

  @Test
  void checkReportsEveryCompetitorAndEveryUseOfOne() throws Exception {
    Path report = dir.resolve("report.json");

    Path project = dir.resolve("ssot-sample");
    try (Stream<Path> files = Files.walk(SAMPLE)) {
      for (Path file : files.toList()) {
        Path copy = project.resolve(SAMPLE.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(file, copy);
        }
      }
    }

    Cli.Run run = Cli.run("check", project.toString(), "--format", "json", "-o", report.toString());

    assertThat(run.exitCode()).as("a competitor is an error: %s", run).isEqualTo(ExitCode.FINDINGS.code());
    List<String> found = new ArrayList<>();
    for (JsonNode finding : new ObjectMapper().readTree(report.toFile()).get("findings")) {
      String file = finding.get("file").asText();
      found.add(file.substring(file.indexOf("src/")) + ":" + finding.get("startLine").asInt() + " "
          + finding.get("ruleId").asText());
    }
    assertThat(found).containsExactlyInAnyOrder(
        "src/main/java/com/netra/websocket/LegacyWebSocketManager.java:4 IH401",
        "src/main/java/com/netra/websocket/SimpleSocketManager.java:4 IH401",
        "src/main/java/com/netra/chat/ChatWebSocketManagerImpl.java:4 IH401",
        "src/main/java/com/netra/chat/ChatRoom.java:7 IH402",
        "src/main/java/com/netra/chat/ChatRoom.java:8 IH402",
        "src/main/java/com/netra/chat/ChatRoom.java:8 IH402",
        "src/main/java/com/netra/notify/Notifier.java:9 IH402",
        "src/main/java/com/netra/notify/Notifier.java:9 IH402");
  }
}
