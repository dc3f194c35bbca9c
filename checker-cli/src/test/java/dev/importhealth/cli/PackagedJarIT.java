package dev.importhealth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged command as a user runs it: {@code bin/import-health} launching the shaded
 * {@code checker-cli/target/import-health.jar}, from the repository root. Runs in
 * {@code mvn verify} (failsafe), after the jar is built.
 */
class PackagedJarIT {

  @TempDir
  Path logs;

  @Test
  void checksTheSampleWithPathsRelativeToTheWorkingDirectory() throws Exception {
    Cli.Run run = launch("check", "testdata/sample-multimodule");

    assertThat(run.exitCode()).as("%s", run).isEqualTo(ExitCode.FINDINGS.code());
    int markers = FindingMarkers.read(TestDirs.testdata("sample-multimodule")).values().stream()
        .mapToInt(List::size).sum();
    List<String> findings = run.out().lines().filter(l -> l.matches(".+:\\d+:\\d+: error: .+ \\[IH\\d{3}\\]")).toList();
    assertThat(findings).hasSize(markers).allMatch(l -> l.startsWith("testdata/sample-multimodule/app/src/"));
  }

  @Test
  void cleanSampleExitsZero() throws Exception {
    Cli.Run run = launch("check", "testdata/clean-sample");

    assertThat(run.exitCode()).as("%s", run).isEqualTo(ExitCode.CLEAN.code());
    assertThat(run.out()).contains("No problems found");
  }

  @Test
  void explainShowsTheDocsShippedInTheJar() throws Exception {
    String docs = Files.readString(TestDirs.repoRoot().resolve("docs/rules/IH105.md"), StandardCharsets.UTF_8);

    Cli.Run run = launch("explain", "IH105");

    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.out()).contains(docs.strip());
  }

  @Test
  void versionAndUsageErrors() throws Exception {
    Cli.Run version = launch("--version");
    Cli.Run unknown = launch("check", "--bogus");

    assertThat(version.exitCode()).isZero();
    assertThat(version.out().strip()).matches("import-health \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    assertThat(unknown.exitCode()).isEqualTo(ExitCode.USAGE_OR_CONFIG.code());
    assertThat(unknown.err()).contains("Unknown option: '--bogus'");
  }

  private Cli.Run launch(String... args) throws IOException, InterruptedException {
    Path root = TestDirs.repoRoot();
    assertThat(root.resolve("checker-cli/target/import-health.jar")).as("the fat jar (mvn package)").isRegularFile();
    List<String> command = new ArrayList<>(List.of("sh", root.resolve("bin/import-health").toString()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile(logs, "out", ".txt");
    Path err = Files.createTempFile(logs, "err", ".txt");
    ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile());
    builder.environment().remove("IMPORT_HEALTH_JAR");
    Process process = builder.start();
    process.getOutputStream().close();
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly().waitFor();
      throw new AssertionError("import-health " + String.join(" ", args) + " did not finish in 2 minutes");
    }
    return new Cli.Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
