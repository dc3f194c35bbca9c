package dev.importhealth.cli;

import dev.importhealth.core.config.ConfigException;
import dev.importhealth.core.history.GitHistoryException;
import dev.importhealth.core.history.Move;
import dev.importhealth.core.history.MoveSuggestions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code import-health migrations ...}: work with the {@code migrations:} registry. */
@Command(name = "migrations", mixinStandardHelpOptions = true,
    description = "Works with the migrations: registry of import-health.yaml.",
    subcommands = {MigrationsCommand.Suggest.class})
final class MigrationsCommand implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: suggest");
  }

  /** {@code import-health migrations suggest}: registry entries for the moves git history shows. */
  @Command(name = "suggest", mixinStandardHelpOptions = true,
      description = "Prints migrations: entries, ready to paste, for the project's types that git history shows were "
          + "moved or renamed and the registry does not record yet. Only the entries go to standard output.")
  static final class Suggest implements Callable<Integer> {

    @Parameters(paramLabel = "PROJECT", arity = "0..1", description = "A directory inside the project (default: the "
        + "current directory).")
    Path project;

    @Option(names = "--since", paramLabel = "REV",
        description = "Only moves in the commits after REV (REV..HEAD); default: the whole history of HEAD.")
    String since;

    @Option(names = "--config", paramLabel = "FILE",
        description = "Configuration file whose registry is already known (default: import-health.yaml at the project root).")
    Path config;

    @Override
    public Integer call() {
      Path start = (project == null ? Path.of("") : project).toAbsolutePath().normalize();
      if (!Files.exists(start)) {
        System.err.println("import-health: " + start + " does not exist");
        return ExitCode.USAGE_OR_CONFIG.code();
      }
      MoveSuggestions suggestions;
      try {
        suggestions = MoveSuggestions.of(start, Optional.ofNullable(config), Optional.ofNullable(since));
      } catch (GitHistoryException e) {
        System.err.println("import-health: " + e.getMessage());
        return ExitCode.USAGE_OR_CONFIG.code();
      } catch (ConfigException e) {
        System.err.println("import-health: configuration error: " + e.getMessage());
        return ExitCode.USAGE_OR_CONFIG.code();
      } catch (IOException e) {
        System.err.println("import-health: " + e.getMessage());
        return ExitCode.USAGE_OR_CONFIG.code();
      } catch (RuntimeException e) {
        System.err.println("import-health: internal error: " + e);
        return ExitCode.INTERNAL_ERROR.code();
      }
      StringBuilder yaml = new StringBuilder();
      for (Move move : suggestions.suggested()) {
        yaml.append("  - from: ").append(move.from()).append('\n')
            .append("    to: ").append(move.to()).append('\n')
            .append("    reason: moved in ").append(move.when()).append('\n');
      }
      System.out.print(yaml);
      System.out.flush();
      System.err.println(summary(suggestions));
      return ExitCode.CLEAN.code();
    }

    private static String summary(MoveSuggestions suggestions) {
      StringBuilder text = new StringBuilder("import-health: ");
      int count = suggestions.suggested().size();
      text.append(count == 0 ? "nothing to suggest: git history shows no move of the project's types"
          : count + (count == 1 ? " move" : " moves") + " of the project's types; paste the entries under 'migrations:' "
              + "in import-health.yaml");
      if (count == 0 && suggestions.registered() > 0) {
        text.append(" that the registry does not record already");
      }
      if (suggestions.registered() > 0) {
        text.append(" (").append(suggestions.registered()).append(" already registered)");
      }
      if (suggestions.history().shallow()) {
        text.append("\nimport-health: the clone is shallow, so older moves are not seen (git fetch --unshallow)");
      }
      return text.toString();
    }
  }
}
