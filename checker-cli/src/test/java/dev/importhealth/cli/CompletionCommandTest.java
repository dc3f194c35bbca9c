package dev.importhealth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

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
        .contains("local FORMAT_option_args=(\"text\" \"sarif\" \"json\") # --format values")
        .contains("local LEVEL_option_args=(\"error\" \"warning\" \"note\" \"never\") # --fail-on values")
        .contains("local FORMAT_option_args=(\"text\" \"json\" \"html\") # --format values")
        .contains("local SHELL_pos_param_args=(\"bash\" \"zsh\")");
  }

  /** Every enum-valued option and parameter of every command, found in the model so a new one is covered too. */
  @Test
  void everyEnumValueIsOfferedInLowerCaseAndAccepted() {
    String script = Cli.run("completion").out();
    List<ArgSpec> enumArgs = new ArrayList<>();
    collectEnumArgs(Main.commandLine(), enumArgs);

    assertThat(enumArgs).as("check --format and --fail-on, ssot report --format, completion SHELL").hasSize(4);
    for (ArgSpec arg : enumArgs) {
      Enum<?>[] constants = (Enum<?>[]) arg.auxiliaryTypes()[0].getEnumConstants();
      List<String> lower = Arrays.stream(constants).map(c -> c.name().toLowerCase(Locale.ROOT)).toList();
      assertThat(script).as("candidates of %s", arg)
          .contains(lower.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(" ", "=(", ")")));
      for (Enum<?> constant : constants) {
        assertThat(script).as("no upper-case candidate").doesNotContain("\"" + constant.name() + "\"");
      }
      for (String value : lower) {
        assertThat(parse(arg, value)).as("%s accepts %s", arg, value).isEqualTo(constants[lower.indexOf(value)]);
      }
      assertThat(parse(arg, constants[0].name())).as("the constant's own name still works").isEqualTo(constants[0]);
    }
  }

  @Test
  void helpShowsTheDefaultsInLowerCase() {
    assertThat(Cli.run("check", "--help").out()).contains("(default: text)").contains("(default: error)");
    assertThat(Cli.run("ssot", "report", "--help").out()).contains("(default: text)");
    assertThat(Cli.run("completion", "--help").out()).contains("(default: bash)");
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

  private static void collectEnumArgs(CommandLine command, List<ArgSpec> found) {
    command.getCommandSpec().args().stream().filter(arg -> arg.auxiliaryTypes()[0].isEnum()).forEach(found::add);
    command.getSubcommands().values().stream().distinct().forEach(sub -> collectEnumArgs(sub, found));
  }

  /** The value {@code arg}'s command parses {@code value} to, with the configuration {@link Main#run} uses. */
  private static Object parse(ArgSpec arg, String value) {
    CommandLine root = Main.commandLine();
    CommandSpec spec = arg.command();
    List<String> args = new ArrayList<>();
    for (CommandSpec c = spec; c.parent() != null; c = c.parent()) {
      args.add(0, c.name());
    }
    if (arg.isOption()) {
      args.add(((CommandLine.Model.OptionSpec) arg).longestName());
    }
    args.add(value);
    CommandLine.ParseResult result = root.parseArgs(args.toArray(String[]::new));
    while (result.hasSubcommand()) {
      result = result.subcommand();
    }
    ArgSpec parsed = arg.isOption()
        ? result.matchedOption(((CommandLine.Model.OptionSpec) arg).longestName())
        : result.matchedPositional(0);
    return parsed.getValue();
  }
}
