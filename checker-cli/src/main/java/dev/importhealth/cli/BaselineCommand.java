package dev.importhealth.cli;

import dev.importhealth.core.baseline.Baseline;
import dev.importhealth.core.baseline.BaselineEntry;
import dev.importhealth.core.baseline.BaselineMatch;
import dev.importhealth.core.baseline.Fingerprints;
import dev.importhealth.core.config.ConfigException;
import dev.importhealth.core.engine.AnalysisResult;
import dev.importhealth.core.engine.CheckRequest;
import dev.importhealth.core.engine.Engine;
import dev.importhealth.core.report.OutputFiles;
import dev.importhealth.rules.BuiltInRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code import-health baseline create|update}: the accepted findings of {@code check --baseline}. */
@Command(name = "baseline", mixinStandardHelpOptions = true,
    description = "Records today's findings so that 'check --baseline FILE' reports only new ones; see docs/baseline.md.",
    subcommands = {BaselineCommand.Create.class, BaselineCommand.Update.class})
final class BaselineCommand implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: create or update");
  }

  /** {@code baseline create}: every current finding becomes an entry. */
  @Command(name = "create", mixinStandardHelpOptions = true,
      description = "Writes a baseline with every finding of the project that contains PATH.")
  static final class Create implements Callable<Integer> {

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
        description = "The baseline to write (default: " + Baseline.DEFAULT_FILE_NAME + " at the project root).")
    Path output;

    @Option(names = "--force", description = "Replace an existing baseline (even one that cannot be read).")
    boolean force;

    @Mixin
    ProjectOptions project;

    @Override
    public Integer call() {
      return project.guarded(this::create);
    }

    private int create() throws ConfigException, IOException {
      if (output != null && refuse(output)) {
        return ExitCode.USAGE_OR_CONFIG.code();
      }
      Optional<AnalysisResult> result = analyse(project);
      if (result.isEmpty()) {
        return ExitCode.USAGE_OR_CONFIG.code();
      }
      Path target = output != null ? output : result.get().projectRoot().resolve(Baseline.DEFAULT_FILE_NAME);
      if (output == null && refuse(target)) {
        return ExitCode.USAGE_OR_CONFIG.code();
      }
      Baseline baseline = new Baseline(Fingerprints.of(result.get().findings(), result.get().projectRoot()).stream()
          .map(Fingerprints.Fingerprinted::entry).toList());
      OutputFiles.replace(target, baseline.render(Main.version()));
      System.err.println("import-health: " + baseline.entries().size() + " findings recorded in " + target);
      return ExitCode.CLEAN.code();
    }

    private boolean refuse(Path target) {
      if (!force && Files.exists(target)) {
        System.err.println("import-health: " + target + " already exists; 'import-health baseline update' removes "
            + "its fixed entries, --force replaces it");
        return true;
      }
      return false;
    }
  }

  /** {@code baseline update}: drops fixed entries; adds new findings only with --allow-growth. */
  @Command(name = "update", mixinStandardHelpOptions = true,
      description = "Removes the entries that match no finding any more; adds new findings only with --allow-growth.")
  static final class Update implements Callable<Integer> {

    @Option(names = "--baseline", paramLabel = "FILE",
        description = "The baseline to update (default: " + Baseline.DEFAULT_FILE_NAME + " at the project root).")
    Path file;

    @Option(names = "--allow-growth", description = "Also add the findings that are not in the baseline.")
    boolean allowGrowth;

    @Mixin
    ProjectOptions project;

    @Override
    public Integer call() {
      return project.guarded(this::update);
    }

    private int update() throws ConfigException, IOException {
      // an explicit file is read before the analysis, so that a bad one fails at once
      Optional<Baseline> early = file == null ? Optional.empty() : Optional.of(Baseline.read(file));
      Optional<AnalysisResult> analysed = analyse(project);
      if (analysed.isEmpty()) {
        return ExitCode.USAGE_OR_CONFIG.code();
      }
      AnalysisResult result = analysed.get();
      Path target = file != null ? file : result.projectRoot().resolve(Baseline.DEFAULT_FILE_NAME);
      Baseline baseline = early.isPresent() ? early.get() : Baseline.read(target);
      BaselineMatch match = BaselineMatch.of(baseline, result.findings(), result.projectRoot(),
          project.request().map(CheckRequest::reportPaths).orElseThrow());
      for (BaselineEntry entry : match.fixed()) {
        System.out.println("removed: " + describe(entry));
      }
      if (allowGrowth) {
        match.newFindings().forEach(f -> System.out.println("added: " + describe(f.entry())));
      }
      String text = match.updated(allowGrowth).render(Main.version());
      if (!text.equals(Files.readString(target, StandardCharsets.UTF_8))) {
        OutputFiles.replace(target, text);
      }
      int added = allowGrowth ? match.newFindings().size() : 0;
      System.out.println("import-health: " + target + ": " + match.fixed().size() + " entries removed, " + added
          + " added" + (allowGrowth || match.newFindings().isEmpty() ? "" : "; " + match.newFindings().size()
          + " findings not in the baseline were not added (--allow-growth adds them)"));
      return ExitCode.CLEAN.code();
    }

    private static String describe(BaselineEntry entry) {
      return entry.file() + ":" + entry.line() + ": " + entry.message() + " [" + entry.rule() + "]";
    }
  }

  static Optional<AnalysisResult> analyse(ProjectOptions project) throws ConfigException, IOException {
    Optional<CheckRequest> request = project.request();
    if (request.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Engine(BuiltInRules.all()).check(request.get()));
  }
}
