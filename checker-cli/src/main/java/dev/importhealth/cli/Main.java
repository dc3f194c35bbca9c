package dev.importhealth.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code import-health} command. */
@Command(
    name = "import-health",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Finds broken references, moved paths, test fixture mismatches and duplicated "
        + "implementations in Java code, without compiling it.",
    subcommands = {CheckCommand.class, BaselineCommand.class, FixCommand.class, MigrationsCommand.class,
        SsotCommand.class, RulesCommand.class, ExplainCommand.class, BenchCommand.class, CompletionCommand.class,
        CommandLine.HelpCommand.class})
public final class Main implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns the exit code; used by tests. */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  /** The whole command line, configured as {@link #run} uses it. */
  static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new Main())
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExitCodeExceptionMapper(e -> ExitCode.USAGE_OR_CONFIG.code());
    commandLine.setParameterExceptionHandler((e, arguments) -> {
      CommandLine.Help.ColorScheme colors = e.getCommandLine().getColorScheme();
      e.getCommandLine().getErr().println(colors.errorText("import-health: " + e.getMessage()));
      e.getCommandLine().getErr().println("Try 'import-health " + e.getCommandLine().getCommandName()
          + " --help' for more information.");
      return ExitCode.USAGE_OR_CONFIG.code();
    });
    return commandLine;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: check, baseline, fix, migrations, ssot, rules or explain");
  }

  static String version() {
    Properties properties = new Properties();
    try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      // fall through to "unknown": the version is informational
    }
    return properties.getProperty("version", "unknown");
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"import-health " + version()};
    }
  }
}
