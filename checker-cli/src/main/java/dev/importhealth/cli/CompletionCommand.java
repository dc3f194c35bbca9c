package dev.importhealth.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code import-health completion}: prints picocli's completion script for the whole command
 * line. The script is written for bash and loads itself in zsh through {@code bashcompinit}, so
 * both shells get the same text: {@code source <(import-health completion)}.
 */
@Command(name = "completion", mixinStandardHelpOptions = true,
    description = "Prints a shell completion script for bash or zsh; load it with: source <(import-health completion)")
final class CompletionCommand implements Callable<Integer> {

  // lower case for completion, --help and messages, as CheckCommand.Format
  enum Shell {
    BASH, ZSH;

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  @Parameters(arity = "0..1", paramLabel = "SHELL", description = "bash or zsh (default: ${DEFAULT-VALUE}).")
  Shell shell = Shell.BASH;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    CommandLine root = spec.root().commandLine();
    spec.commandLine().getOut().print(AutoComplete.bash(root.getCommandName(), root));
    spec.commandLine().getOut().flush();
    return ExitCode.CLEAN.code();
  }
}
