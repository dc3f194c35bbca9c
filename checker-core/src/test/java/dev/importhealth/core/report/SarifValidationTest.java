package dev.importhealth.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the project's {@code shared/tools/validate-sarif} (Microsoft's SARIF Multitool with
 * GitHub's ingestion rules) on the SARIF of a realistic result. The tool directory is taken from
 * the system property {@code importhealth.sharedDir}, else {@code <repoRoot>/../shared}; a missing
 * tool fails the test, because CI always has it.
 */
class SarifValidationTest {

  /** The first run installs the Multitool from npm. */
  private static final long TIMEOUT_MINUTES = 10;

  @Test
  void githubAcceptsTheSarif(@TempDir Path dir) throws Exception {
    Path root = dir.resolve("repo");
    ReportFixtures.writeProject(root);
    Path sarif = dir.resolve("results.sarif");
    try (Writer out = Files.newBufferedWriter(sarif, StandardCharsets.UTF_8)) {
      new SarifReporter()
          .write(ReportFixtures.result(root), ReportFixtures.context(root), out);
    }

    Path tool = sharedDir().resolve("tools/validate-sarif");
    if (!Files.isExecutable(tool)) {
      fail("SARIF validator not found at " + tool + "; set -Dimporthealth.sharedDir=<shared dir>"
          + " (CI has it at <repository root>/../shared)");
    }
    // output to a file, so that a hanging validator cannot block the read past the timeout
    Path log = dir.resolve("validate-sarif.log");
    Process process = new ProcessBuilder(tool.toString(), sarif.toString())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
    process.getOutputStream().close();
    boolean finished = process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES);
    if (!finished) {
      process.destroyForcibly().waitFor();
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    if (!finished) {
      fail("validate-sarif did not finish in " + TIMEOUT_MINUTES + " minutes:\n" + output);
    }
    assertThat(process.exitValue())
        .as("validate-sarif exit code; its output:%n%s%nthe SARIF:%n%s",
            output, Files.readString(sarif))
        .isZero();
    assertThat(output).contains("valid for GitHub code scanning");
  }

  private static Path sharedDir() throws IOException {
    String shared = System.getProperty("importhealth.sharedDir");
    if (shared != null && !shared.isBlank()) {
      return Path.of(shared).toAbsolutePath().normalize();
    }
    return repoRoot().resolve("../shared").normalize();
  }

  private static Path repoRoot() throws IOException {
    String root = System.getProperty("importhealth.repoRoot");
    if (root != null && !root.isBlank()) {
      return Path.of(root).toAbsolutePath().normalize();
    }
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.exists(p.resolve("pom.xml")) && Files.exists(p.resolve(".git"))) {
        return p;
      }
    }
    throw new IOException("no directory with pom.xml and .git above " + Path.of("").toAbsolutePath()
        + "; set -Dimporthealth.repoRoot");
  }
}
