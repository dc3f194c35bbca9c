package dev.importhealth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import-health check}'s exit codes, error messages and output handling, in process. */
class CheckCommandEndToEndTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void cleanSampleExitsZero() {
    Cli.Run run = Cli.run("check", TestDirs.testdata("clean-sample").toString());

    assertThat(run.exitCode()).as("%s", run).isEqualTo(ExitCode.CLEAN.code());
    assertThat(run.out()).contains("No problems found");
    assertThat(run.out()).doesNotContain("[IH");
  }

  @Test
  void unknownOptionIsAUsageError() {
    Cli.Run run = Cli.run("check", "--no-such-option", TestDirs.testdata("clean-sample").toString());

    assertThat(run.exitCode()).as("%s", run).isEqualTo(ExitCode.USAGE_OR_CONFIG.code());
    assertThat(run.err()).contains("Unknown option: '--no-such-option'").contains("--help");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void invalidOptionValueNamesTheOption() {
    Cli.Run run = Cli.run("check", "--format", "xml", TestDirs.testdata("clean-sample").toString());

    assertThat(run.exitCode()).as("%s", run).isEqualTo(ExitCode.USAGE_OR_CONFIG.code());
    assertThat(run.err()).contains("--format").contains("xml");
  }

  @Test
  void missingCommandIsAUsageError() {
    Cli.Run run = Cli.run();

    assertThat(run.exitCode()).as("%s", run).isEqualTo(ExitCode.USAGE_OR_CONFIG.code());
    assertThat(run.err()).contains("a command is required");
  }

  @Test
  void nonexistentPathIsAUsageError(@TempDir Path dir) {
    Path missing = dir.resolve("no-such-project");
    Cli.Run run = Cli.run("check", missing.toString());

    assertThat(run.exitCode()).as("%s", run).isEqualTo(ExitCode.USAGE_OR_CONFIG.code());
    assertThat(run.err()).contains(missing.toString()).contains("does not exist");
  }

  @Test
  void unknownConfigKeyIsAConfigErrorNamingKeyAndLine(@TempDir Path dir) throws IOException {
    Path project = projectWithUnknownConfigKey(dir);
    Cli.Run run = Cli.run("check", project.toString());

    assertThat(run.exitCode()).as("%s", run).isEqualTo(ExitCode.USAGE_OR_CONFIG.code());
    assertThat(run.err()).contains("import-health.yaml:3:").contains("'rulez'").contains("unknown key");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void configErrorLeavesAnExistingOutputFileUntouched(@TempDir Path dir) throws IOException {
    Path project = projectWithUnknownConfigKey(dir);
    Path report = dir.resolve("reports/report.sarif");
    Files.createDirectories(report.getParent());
    Files.writeString(report, "the previous report\n", StandardCharsets.UTF_8);

    Cli.Run run = Cli.run("check", project.toString(), "--format", "sarif", "--output", report.toString());

    assertThat(run.exitCode()).as("%s", run).isEqualTo(ExitCode.USAGE_OR_CONFIG.code());
    assertThat(Files.readString(report, StandardCharsets.UTF_8)).isEqualTo("the previous report\n");
    try (Stream<Path> files = Files.list(report.getParent())) {
      assertThat(files).as("files beside the report").containsExactly(report);
    }
  }

  @Test
  void outputReplacesAnExistingFileOnSuccess(@TempDir Path dir) throws IOException {
    Path report = dir.resolve("report.json");
    Files.writeString(report, "the previous report\n", StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(report, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--"));
    Path fresh = dir.resolve("fresh.json");

    Cli.Run run = Cli.run("check", TestDirs.testdata("clean-sample").toString(), "--format", "json",
        "--output", report.toString());
    Cli.run("check", TestDirs.testdata("clean-sample").toString(), "--format", "json", "--output", fresh.toString());

    assertThat(run.exitCode()).as("%s", run).isEqualTo(ExitCode.CLEAN.code());
    assertThat(JSON.readTree(report.toFile()).get("findings")).isEmpty();
    assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(report)))
        .as("the replaced report keeps its mode").isEqualTo("rw-rw-r--");
    assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)))
        .as("a new report is readable by others, unlike a temporary file").isEqualTo("rw-r--r--");
    Files.delete(fresh);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).as("no temporary file left behind").containsExactly(report);
    }
  }

  @Test
  void unparsableFileIsANoteAndTheOtherFilesAreStillChecked(@TempDir Path dir) throws IOException {
    Path project = dir.resolve("project");
    write(project.resolve("src/com/acme/broken/Broken.java"), """
        package com.acme.broken;

        public class Broken {
          void m( {
        }
        """);
    write(project.resolve("src/com/acme/app/App.java"), """
        package com.acme.app;

        import com.acme.app.Missing;
        import com.acme.broken.Broken;

        class App {
          Broken broken;
          Other other = new Other();
        }
        """);
    write(project.resolve("src/com/acme/app/Other.java"), "package com.acme.app;\n\npublic class Other {}\n");

    Cli.Run run = Cli.run("check", project.toString(), "--format", "json");

    assertThat(run.exitCode()).as("%s", run).isEqualTo(ExitCode.FINDINGS.code());
    JsonNode report = JSON.readTree(run.out());
    assertThat(report.get("findings")).hasSize(1);
    JsonNode finding = report.get("findings").get(0);
    assertThat(finding.get("ruleId").asText()).isEqualTo("IH101");
    assertThat(finding.get("file").asText()).endsWith("src/com/acme/app/App.java");
    assertThat(finding.get("startLine").asInt()).isEqualTo(3);

    assertThat(report.get("notices")).hasSize(1);
    JsonNode notice = report.get("notices").get(0);
    assertThat(notice.get("ruleId").asText()).isEqualTo("IH901");
    assertThat(notice.get("file").asText()).endsWith("src/com/acme/broken/Broken.java");
    assertThat(notice.get("line").asInt()).isEqualTo(4);
    assertThat(notice.get("message").asText()).contains("could not be parsed");
    assertThat(report.get("summary").get("files").asInt()).isEqualTo(3);
  }

  @Test
  void unparsableFileAloneDoesNotFailTheRun(@TempDir Path dir) throws IOException {
    Path project = dir.resolve("project");
    write(project.resolve("src/com/acme/Broken.java"), "package com.acme;\nclass Broken {\n");
    write(project.resolve("src/com/acme/Fine.java"), "package com.acme;\nclass Fine {}\n");

    Cli.Run run = Cli.run("check", project.toString());

    assertThat(run.exitCode()).as("%s", run).isEqualTo(ExitCode.CLEAN.code());
    assertThat(run.out()).containsPattern("Broken\\.java:\\d+:\\d+: note: .*\\[IH901\\]");
  }

  /**
   * The precision policy says: never report what the compiler accepts. Excluding a file from the
   * analysis must not make the types it declares disappear for the files that use them.
   */
  @Test
  void excludedFilesStillDeclareTheirTypes(@TempDir Path dir) throws IOException {
    Path project = dir.resolve("project");
    write(project.resolve("src/com/acme/Util.java"), "package com.acme;\n\npublic class Util {\n  public static void help() {}\n}\n");
    write(project.resolve("src/com/acme/App.java"), """
        package com.acme;

        import static com.acme.Util.help;

        class App {
          void run() {
            help();
            Util.help();
          }
        }
        """);
    write(project.resolve("import-health.yaml"), "exclude: [\"src/com/acme/Util.java\"]\n");

    Cli.Run run = Cli.run("check", project.toString());

    assertThat(run.exitCode()).as("%s", run).isEqualTo(ExitCode.CLEAN.code());
  }

  private static Path projectWithUnknownConfigKey(Path dir) throws IOException {
    Path project = dir.resolve("project");
    write(project.resolve("src/com/acme/App.java"), "package com.acme;\n\nclass App {}\n");
    write(project.resolve("import-health.yaml"), """
        namespaces: [com.acme]
        exclude: []
        rulez:
          IH105: off
        """);
    return project;
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
