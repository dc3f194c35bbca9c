package dev.importhealth.cli;

import dev.importhealth.core.api.Finding;
import dev.importhealth.core.api.Severity;
import dev.importhealth.core.baseline.Baseline;
import dev.importhealth.core.baseline.BaselineFilter;
import dev.importhealth.core.config.ConfigException;
import dev.importhealth.core.engine.AnalysisResult;
import dev.importhealth.core.engine.CheckRequest;
import dev.importhealth.core.engine.Engine;
import dev.importhealth.core.history.GitChanges;
import dev.importhealth.core.history.GitHistoryException;
import dev.importhealth.core.report.JsonReporter;
import dev.importhealth.core.report.OutputFiles;
import dev.importhealth.core.report.ReportContext;
import dev.importhealth.core.report.Reporter;
import dev.importhealth.core.report.SarifReporter;
import dev.importhealth.core.report.TextReporter;
import dev.importhealth.rules.BuiltInRules;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code import-health check}: analyse a project and report. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Checks the project that contains PATH (default: the current directory) and reports "
        + "findings in the given files and directories. The index always covers the whole project.")
final class CheckCommand implements Callable<Integer> {

  // The enums of the options print in lower case, as documented: picocli offers their toString() as
  // completion candidates, shows it as the default in --help and accepts it (and the constant's name).
  enum Format {
    TEXT, SARIF, JSON;

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  enum FailOn {
    ERROR, WARNING, NOTE, NEVER;

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  @Option(names = "--format", paramLabel = "FORMAT", description = "text, sarif or json (default: ${DEFAULT-VALUE}).")
  Format format = Format.TEXT;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
  Path output;

  @Option(names = "--fail-on", paramLabel = "LEVEL",
      description = "Exit 1 when a finding is at or above LEVEL: error, warning, note or never (default: ${DEFAULT-VALUE}).")
  FailOn failOn = FailOn.ERROR;

  @Option(names = {"-q", "--quiet"}, description = "Print nothing but the report.")
  boolean quiet;

  @Option(names = "--baseline", paramLabel = "FILE",
      description = "Report only findings not in this baseline (import-health baseline create); see docs/baseline.md.")
  Path baseline;

  @Option(names = "--changed",
      description = "Report only on the Java files that differ from --base (committed since, staged, modified, deleted "
          + "or new) and on the files that name a type they declare; PATH, if given, is the project.")
  boolean changed;

  @Option(names = "--base", paramLabel = "REV", description = "The revision --changed compares with (default: ${DEFAULT-VALUE}).")
  String base = "HEAD";

  @Mixin
  ProjectOptions project;

  @Override
  public Integer call() {
    return project.guarded(this::check);
  }

  private int check() throws ConfigException, IOException {
    Path workingDirectory = Path.of("").toAbsolutePath();
    Optional<CheckRequest> request = changed ? changedFilesRequest() : project.request();
    if (request.isEmpty()) {
      return ExitCode.USAGE_OR_CONFIG.code();
    }
    if (request.get().changed().filter(List::isEmpty).isPresent()) {
      if (!quiet) {
        System.err.println("import-health: no Java file differs from " + base);
      }
      return ExitCode.CLEAN.code();
    }
    // read before the analysis: a baseline that cannot be used is an error, never an empty baseline
    Optional<Baseline> accepted = baseline == null ? Optional.empty() : Optional.of(Baseline.read(baseline));
    AnalysisResult result;
    try (TerminalProgress progress = TerminalProgress.start(!quiet && TerminalProgress.onTerminal(), System.err)) {
      result = new Engine(BuiltInRules.all()).check(request.get(), progress);
    }
    if (accepted.isPresent()) {
      BaselineFilter filtered = BaselineFilter.apply(result, accepted.get(), baseline, request.get().reportPaths());
      result = filtered.result();
      if (!quiet && filtered.baselined() > 0) {
        System.err.println("import-health: " + filtered.acceptedMessage(baseline));
      }
    }
    boolean terminal = output == null && System.console() != null && System.getenv("NO_COLOR") == null;
    ReportContext context = new ReportContext(workingDirectory, repositoryRoot(result.projectRoot()), terminal, Main.version());
    write(result, context);
    if (project.verbose) {
      System.err.println("import-health: " + result.filesAnalysed() + " files; timings (ms) " + result.timings());
    }
    return failOn == FailOn.NEVER || result.findings().stream().noneMatch(this::fails)
        ? ExitCode.CLEAN.code() : ExitCode.FINDINGS.code();
  }

  /** The whole project indexed, the files git shows as changed since {@code --base} reported on. */
  private Optional<CheckRequest> changedFilesRequest() throws IOException {
    if (project.paths.size() > 1) {
      System.err.println("import-health: with --changed, give at most one PATH: the project");
      return Optional.empty();
    }
    Path start = project.paths.isEmpty() ? Path.of("").toAbsolutePath() : project.paths.get(0).toAbsolutePath();
    List<Path> files;
    try {
      files = GitChanges.javaFilesChangedSince(Files.isDirectory(start) ? start : start.getParent(), base);
    } catch (GitHistoryException e) {
      throw new IOException("--changed needs git: " + e.getMessage(), e);
    }
    return Optional.of(project.cached(new CheckRequest(start, List.of(), Optional.ofNullable(project.config),
        project.classpath, project.threads, project.mavenClasspath, Optional.of(files))).withBase(base));
  }

  private boolean fails(Finding finding) {
    return finding.severity().atLeast(Severity.valueOf(failOn.name()));
  }

  private void write(AnalysisResult result, ReportContext context) throws IOException {
    Reporter reporter = switch (format) {
      case TEXT -> new TextReporter();
      case SARIF -> new SarifReporter();
      case JSON -> new JsonReporter();
    };
    if (output == null) {
      Writer out = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
      reporter.write(result, context, out);
      out.flush();
      return;
    }
    StringWriter buffer = new StringWriter();
    reporter.write(result, context, new PrintWriter(buffer));
    OutputFiles.replace(output, buffer.toString());
    if (!quiet) {
      System.err.println("import-health: " + result.findings().size() + " findings written to " + output);
    }
  }

  /** SARIF paths are relative to the git repository, which GitHub resolves them against. */
  static Path repositoryRoot(Path projectRoot) {
    return ReportContext.repositoryRootOf(projectRoot);
  }

}
