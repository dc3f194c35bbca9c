package dev.importhealth.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** SARIF as GitHub ingests it: {@code ../shared/tools/validate-sarif}. */
final class SarifValidation {

  private SarifValidation() {}

  /** Runs shared/tools/validate-sarif; its first run installs the Multitool from npm. */
  static void validate(Path sarif, Path dir) throws Exception {
    Path tool = TestDirs.sharedDir().resolve("tools/validate-sarif");
    if (!Files.isExecutable(tool)) {
      fail("SARIF validator not found at " + tool + "; set -Dimporthealth.sharedDir=<shared dir>"
          + " (CI has it at <repository root>/../shared)");
    }
    // to a file, so that a validator that hangs cannot block a read past the timeout
    Path log = dir.resolve("validate-sarif.log");
    Process process = new ProcessBuilder(tool.toString(), sarif.toString())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
    process.getOutputStream().close();
    boolean finished = process.waitFor(10, TimeUnit.MINUTES);
    if (!finished) {
      process.destroyForcibly().waitFor();
      fail("validate-sarif did not finish in 10 minutes:\n" + Files.readString(log));
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as("validate-sarif exit code; its output:%n%s", output).isZero();
  }
}
