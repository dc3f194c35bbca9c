package dev.importhealth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code testdata/migration-sample}: a registry of moved types, a package and members, and code
 * still using the old paths. {@code check} reports them with SARIF fixes, {@code fix --dry-run}
 * shows and changes nothing, {@code fix} leaves exactly {@code testdata/migration-sample-after-fix}
 * and code that compiles.
 */
class MigrationSampleEndToEndTest {

  private static final Path SAMPLE = TestDirs.testdata("migration-sample");
  private static final Path AFTER_FIX = TestDirs.testdata("migration-sample-after-fix");

  @TempDir
  Path dir;

  @Test
  void checkReportsEveryOldPathWithAFixThatGitHubAccepts() throws Exception {
    Path project = copy(SAMPLE);
    Path sarif = dir.resolve("report.sarif");

    Cli.Run run = Cli.run("check", project.toString(), "--format", "sarif", "-o", sarif.toString());

    assertThat(run.exitCode()).as("an overdue move is an error: %s", run).isEqualTo(ExitCode.FINDINGS.code());
    JsonNode results = new ObjectMapper().readTree(sarif.toFile()).get("runs").get(0).get("results");
    assertThat(results).hasSize(10);
    assertThat(results.findValuesAsText("ruleId")).containsOnly("IH201");
    for (JsonNode result : results) {
      JsonNode change = result.get("fixes").get(0).get("artifactChanges").get(0);
      assertThat(change.get("artifactLocation"))
          .isEqualTo(result.get("locations").get(0).get("physicalLocation").get("artifactLocation"));
      assertThat(change.get("replacements")).isNotEmpty();
    }
    SarifValidation.validate(sarif, dir);
  }

  @Test
  void dryRunPrintsTheDiffAndWritesNothing() throws Exception {
    Path project = copy(SAMPLE);
    Map<String, String> before = texts(project);

    Cli.Run run = Cli.run("fix", "--dry-run", project.toString());

    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(texts(project)).isEqualTo(before);
    assertThat(run.out()).contains(
        "--- a/src/main/java/com/netra/chat/ChatRoom.java", "+++ b/src/main/java/com/netra/chat/ChatRoom.java",
        "-import com.netra.websocket.UserWebSocketEmitter;", "+import com.netra.websocket.UnifiedWebSocketEmitter;",
        "-    if (!auth.validateToken(token)) {", "+    if (!auth.verifyToken(token)) {");
    assertThat(run.err()).contains("would apply 10 fixes in 3 files");
  }

  @Test
  void fixLeavesExactlyTheExpectedFilesWhichCompileAndCheckClean() throws Exception {
    Path project = copy(SAMPLE);
    Map<String, String> before = texts(project);

    Cli.Run fix = Cli.run("fix", project.toString());

    assertThat(fix.exitCode()).as("%s", fix).isZero();
    Map<String, String> expected = new TreeMap<>(before);
    expected.putAll(texts(AFTER_FIX));
    assertThat(texts(project)).isEqualTo(expected);
    assertThat(Files.list(project.resolve("src/main/java/com/netra/chat")).map(Path::getFileName).map(Path::toString))
        .as("no temporary files left behind").containsExactlyInAnyOrder("Audit.java", "ChatRoom.java");

    Cli.Run check = Cli.run("check", project.toString());
    assertThat(check.exitCode()).as("%s", check).isZero();
    assertThat(check.out()).doesNotContain("IH201");
    assertCompiles(project.resolve("src/main/java"));

    Cli.Run again = Cli.run("fix", project.toString());
    assertThat(again.err()).contains("applied 0 fixes in 0 files");
    assertThat(texts(project)).isEqualTo(expected);
  }

  @Test
  void onlyTheGivenFilesAreFixed() throws Exception {
    Path project = copy(SAMPLE);
    Map<String, String> before = texts(project);
    Path broadcaster = project.resolve("src/main/java/com/netra/websocket/Broadcaster.java");

    Cli.Run fix = Cli.run("fix", broadcaster.toString());

    assertThat(fix.exitCode()).as("%s", fix).isZero();
    Map<String, String> expected = new TreeMap<>(before);
    String key = "src/main/java/com/netra/websocket/Broadcaster.java";
    expected.put(key, texts(AFTER_FIX).get(key));
    assertThat(texts(project)).isEqualTo(expected);
  }

  @Test
  void anUnparsableFileIsLeftAloneAndNamedAndTheRestIsFixed() throws Exception {
    Path project = copy(SAMPLE);
    Path broken = project.resolve("src/main/java/com/netra/chat/Broken.java");
    String brokenText = "package com.netra.chat;\nimport com.netra.websocket.UserWebSocketEmitter;\nclass Broken {\n";
    Files.writeString(broken, brokenText);

    Cli.Run fix = Cli.run("fix", project.toString());

    assertThat(fix.exitCode()).as("%s", fix).isEqualTo(ExitCode.FINDINGS.code());
    assertThat(fix.err()).contains("left alone: src/main/java/com/netra/chat/Broken.java");
    assertThat(Files.readString(broken)).isEqualTo(brokenText);
    assertThat(texts(project).get("src/main/java/com/netra/chat/ChatRoom.java"))
        .isEqualTo(texts(AFTER_FIX).get("src/main/java/com/netra/chat/ChatRoom.java"));
  }

  private Path copy(Path source) throws IOException {
    Path target = dir.resolve(source.getFileName());
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : files.toList()) {
        Path copy = target.resolve(source.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(file, copy);
        }
      }
    }
    return target;
  }

  /** Every Java source under {@code root}, by path relative to it. */
  private static Map<String, String> texts(Path root) throws IOException {
    Map<String, String> texts = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        texts.put(root.relativize(file).toString().replace('\\', '/'), Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    return texts;
  }

  private void assertCompiles(Path sources) throws IOException {
    List<String> arguments = new java.util.ArrayList<>(List.of("-d", dir.resolve("classes").toString(), "-proc:none"));
    try (Stream<Path> files = Files.walk(sources)) {
      files.filter(f -> f.toString().endsWith(".java")).map(Path::toString).sorted().forEach(arguments::add);
    }
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int status = ToolProvider.getSystemJavaCompiler().run(null, null, errors, arguments.toArray(String[]::new));
    assertThat(status).as("javac on the fixed sample:%n%s", errors.toString(StandardCharsets.UTF_8)).isZero();
  }
}
