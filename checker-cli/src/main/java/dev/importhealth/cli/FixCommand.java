package dev.importhealth.cli;

import dev.importhealth.core.api.FileRegion;
import dev.importhealth.core.api.Finding;
import dev.importhealth.core.api.Notice;
import dev.importhealth.core.config.ConfigException;
import dev.importhealth.core.engine.AnalysisResult;
import dev.importhealth.core.engine.CheckRequest;
import dev.importhealth.core.engine.Engine;
import dev.importhealth.core.fix.SourceFixer;
import dev.importhealth.rules.BuiltInRules;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code import-health fix}: applies the findings' exact fixes (moved paths) to the files. */
@Command(name = "fix", mixinStandardHelpOptions = true,
    description = "Rewrites the uses of paths the migration registry says have moved, in the given files and "
        + "directories (default: the whole project), touching nothing else. Exit 0 when every such use was "
        + "fixed, 1 when some need a manual fix or a file was left alone.")
final class FixCommand implements Callable<Integer> {

  @Option(names = "--dry-run", description = "Print a unified diff of the changes instead of writing them.")
  boolean dryRun;

  @Mixin
  ProjectOptions project;

  @Override
  public Integer call() {
    return project.guarded(this::fix);
  }

  private int fix() throws ConfigException, IOException {
    Optional<CheckRequest> request = project.request();
    if (request.isEmpty()) {
      return ExitCode.USAGE_OR_CONFIG.code();
    }
    AnalysisResult result;
    try (TerminalProgress progress = TerminalProgress.start(TerminalProgress.onTerminal(), System.err)) {
      result = new Engine(BuiltInRules.all()).check(request.get(), progress);
    }
    Path repository = CheckCommand.repositoryRoot(result.projectRoot());
    SourceFixer.Plan plan = SourceFixer.plan(result);
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    int fixes = 0;
    boolean incomplete = false;
    for (SourceFixer.Change change : plan.changes()) {
      if (dryRun) {
        out.print(SourceFixer.diff(change, repository));
      } else {
        try {
          SourceFixer.write(change);
        } catch (IOException e) {
          System.err.println("import-health: left alone: " + e.getMessage());
          incomplete = true;
          continue;
        }
      }
      fixes += change.applied().size();
      if (!change.skipped().isEmpty()) {
        incomplete = true;
        System.err.println("import-health: " + change.skipped().size() + " fixes in " + relative(repository, change.file())
            + " touch text another fix changes; run fix again to apply them");
      }
    }
    for (SourceFixer.Refusal refusal : plan.refusals()) {
      incomplete = true;
      System.err.println("import-health: left alone: " + relative(repository, refusal.file()) + ": " + refusal.reason());
    }
    for (Notice notice : result.notices()) {
      if (notice.ruleId().equals("IH901") && notice.region().isPresent()) {
        incomplete = true; // it may use old paths nobody can see
        System.err.println("import-health: left alone: " + relative(repository, notice.region().get().file())
            + ": " + notice.message());
      }
    }
    for (Finding finding : result.findings()) {
      if (finding.fix().isEmpty() && finding.ruleId().equals("IH201") && finding.location() instanceof FileRegion at) {
        incomplete = true;
        System.err.println("import-health: needs a manual fix: " + relative(repository, at.file()) + ":" + at.startLine()
            + ":" + at.startColumn() + ": " + finding.message());
      }
    }
    System.err.println("import-health: " + (dryRun ? "would apply " : "applied ") + fixes + " fixes in "
        + plan.changes().size() + " files");
    if (project.verbose) {
      System.err.println("import-health: " + result.filesAnalysed() + " files; timings (ms) " + result.timings());
    }
    return incomplete ? ExitCode.FINDINGS.code() : ExitCode.CLEAN.code();
  }

  private static String relative(Path root, Path file) {
    return file.startsWith(root) ? root.relativize(file).toString() : file.toString();
  }
}
