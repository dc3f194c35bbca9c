package dev.importhealth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code import-health completion}: picocli's script, covering the subcommands and their options. */
class CompletionCommandTest {

  @Test
  void scriptCompletesTheSubcommandsAndTheirOptions() {
    Cli.Run run = Cli.run("completion");

    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.out())
        .contains("complete -F _complete_import-health")
        .contains("check").contains("fix").contains("ssot").contains("explain").contains("completion")
        .contains("--format").contains("--fail-on").contains("--classpath").contains("--maven-classpath")
        .contains("(\"TEXT\" \"SARIF\" \"JSON\")");
  }

  @Test
  void zshGetsTheSameScriptWhichLoadsBashcompinit() {
    Cli.Run bash = Cli.run("completion", "bash");
    Cli.Run zsh = Cli.run("completion", "zsh");

    assertThat(zsh.exitCode()).isZero();
    assertThat(zsh.out()).isEqualTo(bash.out()).contains("bashcompinit");
  }

  @Test
  void unknownShellIsAUsageError() {
    Cli.Run run = Cli.run("completion", "fish");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE_OR_CONFIG.code());
    assertThat(run.err()).contains("fish");
  }
}
