package dev.importhealth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.importhealth.core.api.RuleDescriptor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** {@code import-health rules}, {@code explain} and {@code --version}, in process. */
class CatalogueCommandsTest {

  @Test
  void rulesListsEveryRuleWithNameAndLevel() {
    Cli.Run run = Cli.run("rules");

    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(RulesCommand.catalogue()).hasSizeGreaterThanOrEqualTo(7);
    for (RuleDescriptor rule : RulesCommand.catalogue()) {
      assertThat(run.out()).containsPattern("(?m)^" + rule.id() + "\\s+" + rule.name() + "\\s+"
          + rule.defaultSeverity().label() + "\\s+" + java.util.regex.Pattern.quote(rule.summary()) + "$");
    }
    assertThat(run.out().lines()).hasSize(RulesCommand.catalogue().size());
    // the level column lines up however long a rule's name is
    assertThat(RulesCommand.catalogue().stream()
        .map(rule -> run.out().lines().filter(l -> l.startsWith(rule.id() + " ")).findFirst().orElseThrow()
            .indexOf(" " + rule.defaultSeverity().label() + " ", 6 + rule.name().length()))
        .distinct()).hasSize(1);
  }

  @Test
  void explainPrintsTheRulesDocumentation() throws IOException {
    String docs = Files.readString(TestDirs.repoRoot().resolve("docs/rules/IH105.md"), StandardCharsets.UTF_8);

    Cli.Run run = Cli.run("explain", "IH105");

    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.out()).startsWith("IH105 unresolved-member (error)");
    assertThat(run.out().replace("\r\n", "\n")).contains(docs.strip());
  }

  @Test
  void explainAcceptsTheRuleNameAndNotices() {
    Cli.Run byName = Cli.run("explain", "unresolved-member");
    Cli.Run notice = Cli.run("explain", "ih901");

    assertThat(byName.exitCode()).isZero();
    assertThat(byName.out()).isEqualTo(Cli.run("explain", "IH105").out());
    assertThat(notice.exitCode()).isZero();
    assertThat(notice.out()).startsWith("IH901 unparsable-file (note)");
  }

  @Test
  void explainOfAnUnknownRuleIsAUsageError() {
    Cli.Run run = Cli.run("explain", "IH999");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE_OR_CONFIG.code());
    assertThat(run.err()).contains("unknown rule 'IH999'");
  }

  @Test
  void versionPrintsTheProjectVersion() {
    Cli.Run run = Cli.run("--version");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().strip()).matches("import-health \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
  }

  @Test
  void helpListsTheCommands() {
    Cli.Run run = Cli.run("--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("check", "rules", "explain");
  }
}
