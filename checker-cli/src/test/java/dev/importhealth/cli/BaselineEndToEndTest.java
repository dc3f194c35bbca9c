package dev.importhealth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code baseline create}, {@code baseline update} and {@code check --baseline} on a copy of
 * testdata/sample-multimodule (24 findings) and on small projects written here.
 */
class BaselineEndToEndTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String NOTIFICATION_SERVICE = "app/src/main/java/com/netra/app/notify/NotificationService.java";
  private static final String USER_DIRECTORY = "app/src/main/java/com/netra/app/users/UserDirectory.java";

  @Test
  void everyFindingOfTheSampleIsBaselinedAndTheCheckIsClean(@TempDir Path dir) throws IOException {
    Path project = sample(dir);

    Cli.Run create = Cli.run("baseline", "create", project.toString());

    assertThat(create.exitCode()).as("%s", create).isEqualTo(ExitCode.CLEAN.code());
    Path file = project.resolve("import-health-baseline.json");
    JsonNode baseline = JSON.readTree(file.toFile());
    assertThat(baseline.get("format").asText()).isEqualTo("import-health-baseline");
    assertThat(baseline.get("version").asInt()).isEqualTo(1);
    assertThat(baseline.get("entries")).hasSize(24);
    assertThat(baseline.get("entries").get(0).get("file").asText()).startsWith("app/src/");

    JsonNode report = check(project, file, ExitCode.CLEAN);
    assertThat(report.get("findings")).isEmpty();
    assertThat(report.get("notices").findValuesAsText("ruleId")).doesNotContain("IH910");
    assertThat(Cli.run("check", project.toString(), "--baseline", file.toString()).err())
        .contains("import-health: 24 findings accepted by the baseline " + file + " are not reported");
  }

  @Test
  void codeMovingDownFiftyLinesStaysBaselinedAndANewFindingStillFails(@TempDir Path dir) throws IOException {
    Path project = sample(dir);
    Path file = dir.resolve("baseline.json");
    assertThat(Cli.run("baseline", "create", project.toString(), "-o", file.toString()).exitCode()).isZero();

    // 50 lines above every finding of two files, and an unrelated line changed in one of them
    insertAtTop(project.resolve(NOTIFICATION_SERVICE), "// moved down\n".repeat(50));
    insertAtTop(project.resolve(USER_DIRECTORY), "\n".repeat(25) + "/* a comment */\n".repeat(25));
    replace(project.resolve(USER_DIRECTORY), "import java.time.Instant;", "import java.time.Instant;\nimport java.util.List;");
    assertThat(check(project, file, ExitCode.CLEAN).get("findings")).isEmpty();

    replace(project.resolve(NOTIFICATION_SERVICE), "import com.netra.websocket.UserWebSocketEmitter;",
        "import com.netra.websocket.UserWebSocketEmitter;\nimport com.netra.websocket.NoSuchEmitter;");
    JsonNode report = check(project, file, ExitCode.FINDINGS);

    assertThat(report.get("findings")).hasSize(1);
    JsonNode added = report.get("findings").get(0);
    assertThat(added.get("ruleId").asText()).isEqualTo("IH101");
    assertThat(added.get("message").asText()).contains("NoSuchEmitter");
    assertThat(added.get("startLine").asInt()).isEqualTo(57);
    assertThat(report.get("notices").findValuesAsText("ruleId")).doesNotContain("IH910");
  }

  @Test
  void fixedEntriesAreANoteAndUpdateOnlyRemovesThemUnlessGrowthIsAllowed(@TempDir Path dir) throws IOException {
    Path project = sample(dir);
    Path file = project.resolve("import-health-baseline.json");
    assertThat(Cli.run("baseline", "create", project.toString()).exitCode()).isZero();
    // fix one finding (IH105 toEpochMillis) and add a new one
    replace(project.resolve(USER_DIRECTORY), "now.toEpochMillis()", "now.toEpochMilli()");
    replace(project.resolve(NOTIFICATION_SERVICE), "import com.netra.websocket.UserWebSocketEmitter;",
        "import com.netra.websocket.UserWebSocketEmitter;\nimport com.netra.websocket.NoSuchEmitter;");

    JsonNode report = check(project, file, ExitCode.FINDINGS);
    assertThat(report.get("findings")).hasSize(1);
    JsonNode fixed = report.get("notices").findParents("ruleId").stream()
        .filter(n -> n.get("ruleId").asText().equals("IH910")).findFirst().orElseThrow();
    assertThat(fixed.get("message").asText()).startsWith("1 baselined finding is fixed (IH105 x1).");

    Cli.Run update = Cli.run("baseline", "update", project.toString());
    assertThat(update.exitCode()).as("%s", update).isZero();
    assertThat(update.out()).contains("removed: " + USER_DIRECTORY + ":67: ")
        .contains("1 entries removed, 0 added; 1 findings not in the baseline were not added");
    assertThat(JSON.readTree(file.toFile()).get("entries")).hasSize(23);
    report = check(project, file, ExitCode.FINDINGS);
    assertThat(report.get("findings")).hasSize(1);
    assertThat(report.get("notices").findValuesAsText("ruleId")).doesNotContain("IH910");

    Cli.Run grow = Cli.run("baseline", "update", project.toString(), "--allow-growth");
    assertThat(grow.exitCode()).as("%s", grow).isZero();
    assertThat(grow.out()).contains("added: " + NOTIFICATION_SERVICE + ":7: ");
    assertThat(JSON.readTree(file.toFile()).get("entries")).hasSize(24);
    assertThat(check(project, file, ExitCode.CLEAN).get("findings")).isEmpty();
  }

  @Test
  void checkingPartOfTheProjectNeverCallsTheOtherEntriesFixed(@TempDir Path dir) throws IOException {
    Path project = sample(dir);
    Path file = project.resolve("import-health-baseline.json");
    assertThat(Cli.run("baseline", "create", project.toString()).exitCode()).isZero();
    Path tests = project.resolve("app/src/test");

    Cli.Run run = Cli.run("check", tests.toString(), "--baseline", file.toString(), "--format", "json");

    assertThat(run.exitCode()).as("%s", run).isEqualTo(ExitCode.CLEAN.code());
    JsonNode report = JSON.readTree(run.out());
    assertThat(report.get("findings")).isEmpty();
    assertThat(report.get("notices").findValuesAsText("ruleId")).doesNotContain("IH910");
    Cli.Run update = Cli.run("baseline", "update", tests.toString(), "--baseline", file.toString());
    assertThat(update.out()).contains("0 entries removed, 0 added");
    assertThat(JSON.readTree(file.toFile()).get("entries")).hasSize(24);
  }

  @Test
  void identicalFindingsInOneFileAreToldApartByTheirOccurrence(@TempDir Path dir) throws IOException {
    Path project = dir.resolve("project");
    Path app = project.resolve("src/com/acme/app/App.java");
    write(app, """
        package com.acme.app;

        class App {
          void a() {
            new Missing();
          }

          void b() {
            new Missing();
          }
        }
        """);
    Path file = dir.resolve("baseline.json");
    assertThat(Cli.run("baseline", "create", project.toString(), "-o", file.toString()).exitCode()).isZero();
    JsonNode entries = JSON.readTree(file.toFile()).get("entries");
    assertThat(entries).hasSize(2);
    assertThat(entries.get(0).get("fingerprint").asText()).isNotEqualTo(entries.get(1).get("fingerprint").asText());

    // a third identical finding is new; removing two leaves one baselined and one fixed
    replace(app, "  void b() {", "  void c() {\n    new Missing();\n  }\n\n  void b() {");
    assertThat(check(project, file, ExitCode.FINDINGS).get("findings")).hasSize(1);
    Files.writeString(app, """
        package com.acme.app;

        class App {
          void b() {
            new Missing();
          }
        }
        """, StandardCharsets.UTF_8);
    JsonNode report = check(project, file, ExitCode.CLEAN);
    assertThat(report.get("findings")).isEmpty();
    assertThat(report.get("notices").findValuesAsText("message")).anyMatch(m -> m.startsWith("1 baselined finding is fixed"));
  }

  @Test
  void aBaselineThatCannotBeReadIsAnErrorAndIsNeverOverwritten(@TempDir Path dir) throws IOException {
    Path project = sample(dir);
    Path file = project.resolve("import-health-baseline.json");
    for (String content : new String[] {"{\"format\": \"import-health-baseline\", \"version\": 1, \"entries\": [",
        "{\"runs\": []}", "{\"format\": \"import-health-baseline\", \"version\": 2, \"entries\": []}", ""}) {
      Files.writeString(file, content, StandardCharsets.UTF_8);

      Cli.Run checked = Cli.run("check", project.toString(), "--baseline", file.toString());
      Cli.Run updated = Cli.run("baseline", "update", project.toString());
      Cli.Run created = Cli.run("baseline", "create", project.toString());

      for (Cli.Run run : new Cli.Run[] {checked, updated, created}) {
        assertThat(run.exitCode()).as("%s", run).isEqualTo(ExitCode.USAGE_OR_CONFIG.code());
        assertThat(run.err()).contains(file.toString());
      }
      assertThat(checked.err()).contains("cannot be used");
      assertThat(created.err()).contains("already exists");
      assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(content);
    }
    Cli.Run missing = Cli.run("check", project.toString(), "--baseline", dir.resolve("none.json").toString());
    assertThat(missing.exitCode()).as("%s", missing).isEqualTo(ExitCode.USAGE_OR_CONFIG.code());
    assertThat(missing.err()).contains("none.json").contains("no such file");

    assertThat(Cli.run("baseline", "create", project.toString(), "--force").exitCode()).isZero();
    assertThat(JSON.readTree(file.toFile()).get("entries")).hasSize(24);
  }

  @Test
  void sarifWithABaselineHasOnlyTheNewFindingsAndTheFixedNoteAndValidates(@TempDir Path dir) throws Exception {
    Path project = sample(dir);
    Path file = dir.resolve("baseline.json");
    assertThat(Cli.run("baseline", "create", project.toString(), "-o", file.toString()).exitCode()).isZero();
    replace(project.resolve(USER_DIRECTORY), "now.toEpochMillis()", "now.toEpochMilli()");
    replace(project.resolve(NOTIFICATION_SERVICE), "import com.netra.websocket.UserWebSocketEmitter;",
        "import com.netra.websocket.UserWebSocketEmitter;\nimport com.netra.websocket.NoSuchEmitter;");
    Path sarif = dir.resolve("report.sarif");

    Cli.Run run = Cli.run("check", project.toString(), "--baseline", file.toString(), "--format", "sarif",
        "-o", sarif.toString());

    assertThat(run.exitCode()).as("%s", run).isEqualTo(ExitCode.FINDINGS.code());
    JsonNode sarifRun = JSON.readTree(sarif.toFile()).get("runs").get(0);
    assertThat(sarifRun.get("results")).hasSize(1);
    assertThat(sarifRun.get("invocations").get(0).get("toolExecutionNotifications").findValuesAsText("id"))
        .contains("IH910");
    SarifValidation.validate(sarif, dir);
  }

  private static JsonNode check(Path project, Path baseline, ExitCode expected) throws IOException {
    Cli.Run run = Cli.run("check", project.toString(), "--baseline", baseline.toString(), "--format", "json");
    assertThat(run.exitCode()).as("%s", run).isEqualTo(expected.code());
    return JSON.readTree(run.out());
  }

  private static Path sample(Path dir) throws IOException {
    Path source = TestDirs.testdata("sample-multimodule");
    Path target = dir.resolve("sample");
    try (Stream<Path> files = Files.walk(source)) {
      files.forEach(p -> {
        try {
          Files.copy(p, target.resolve(source.relativize(p).toString()));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
    return target;
  }

  private static void insertAtTop(Path file, String text) throws IOException {
    Files.writeString(file, text + Files.readString(file, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
  }

  private static void replace(Path file, String old, String replacement) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(text).as("%s", file).contains(old);
    Files.writeString(file, text.replace(old, replacement), StandardCharsets.UTF_8);
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
