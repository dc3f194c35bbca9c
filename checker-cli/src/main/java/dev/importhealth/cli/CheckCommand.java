package dev.importhealth.cli;

import dev.importhealth.core.api.Finding;
import dev.importhealth.core.api.Severity;
import dev.importhealth.core.config.ConfigException;
import dev.importhealth.core.engine.AnalysisResult;
import dev.importhealth.core.engine.CheckRequest;
import dev.importhealth.core.engine.Engine;
import dev.importhealth.core.report.JsonReporter;
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
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code import-health check}: analyse a project and report. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Checks the project that contains PATH (default: the current directory) and reports "
        + "findings in the given files and directories. The index always covers the whole project.")
final class CheckCommand implements Callable<Integer> {

  enum Format { TEXT, SARIF, JSON }

  enum FailOn { ERROR, WARNING, NOTE, NEVER }

  @Parameters(paramLabel = "PATH", description = "Files or directories to report on.")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--format", paramLabel = "FORMAT", description = "text, sarif or json (default: ${DEFAULT-VALUE}).")
  Format format = Format.TEXT;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
  Path output;

  @Option(names = "--fail-on", paramLabel = "LEVEL",
      description = "Exit 1 when a finding is at or above LEVEL: error, warning, note or never (default: ${DEFAULT-VALUE}).")
  FailOn failOn = FailOn.ERROR;

  @Option(names = {"-cp", "--classpath"}, paramLabel = "CLASSPATH", split = "${sys:path.separator}",
      description = "Jars and class directories the project compiles against, separated by '${sys:path.separator}'.")
  List<Path> classpath = new ArrayList<>();

  @Option(names = "--maven-classpath",
      description = "Ask Maven (mvn dependency:build-classpath) for every module's test classpath; the answer is "
          + "cached in .import-health/cache/ until a pom.xml changes.")
  boolean mavenClasspath;

  @Option(names = "--config", paramLabel = "FILE", description = "Configuration file (default: import-health.yaml at the project root).")
  Path config;

  @Option(names = "--threads", paramLabel = "N", description = "Parser threads (default: one per processor).")
  int threads;

  @Option(names = {"-q", "--quiet"}, description = "Print nothing but the report.")
  boolean quiet;

  @Option(names = {"-v", "--verbose"}, description = "Print timings, and stack traces of internal errors.")
  boolean verbose;

  @Override
  public Integer call() {
    try {
      return check();
    } catch (ConfigException e) {
      System.err.println("import-health: configuration error: " + e.getMessage());
      return ExitCode.USAGE_OR_CONFIG.code();
    } catch (IOException e) {
      System.err.println("import-health: " + e.getMessage());
      return ExitCode.USAGE_OR_CONFIG.code();
    } catch (RuntimeException | Error e) {
      Throwable root = e;
      while (root.getCause() != null && root.getCause() != root) {
        root = root.getCause();
      }
      System.err.println("import-health: internal error: " + e.getMessage()
          + (root != e ? " (" + root + ")" : "") + "; rerun with --verbose for details");
      if (verbose) {
        e.printStackTrace();
      }
      return ExitCode.INTERNAL_ERROR.code();
    }
  }

  private int check() throws ConfigException, IOException {
    Path workingDirectory = Path.of("").toAbsolutePath();
    List<Path> reportPaths = paths.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    for (Path path : reportPaths) {
      if (!Files.exists(path)) {
        System.err.println("import-health: " + path + " does not exist");
        return ExitCode.USAGE_OR_CONFIG.code();
      }
    }
    Path start = reportPaths.isEmpty() ? workingDirectory : reportPaths.get(0);
    CheckRequest request =
        new CheckRequest(start, reportPaths, Optional.ofNullable(config), classpath, threads, mavenClasspath);
    AnalysisResult result = new Engine(BuiltInRules.all()).check(request);
    boolean terminal = output == null && System.console() != null && System.getenv("NO_COLOR") == null;
    ReportContext context = new ReportContext(workingDirectory, repositoryRoot(result.projectRoot()), terminal, Main.version());
    write(result, context);
    if (verbose) {
      System.err.println("import-health: " + result.filesAnalysed() + " files; timings (ms) " + result.timings());
    }
    return failOn == FailOn.NEVER || result.findings().stream().noneMatch(this::fails)
        ? ExitCode.CLEAN.code() : ExitCode.FINDINGS.code();
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
    // Render fully before touching the file, then replace it atomically: a failed run never
    // leaves a half-written or truncated report behind.
    StringWriter buffer = new StringWriter();
    reporter.write(result, context, new PrintWriter(buffer));
    Path target = output.toAbsolutePath();
    Files.createDirectories(target.getParent());
    Path temporary = Files.createTempFile(target.getParent(), ".import-health", ".tmp");
    try {
      Files.writeString(temporary, buffer.toString(), StandardCharsets.UTF_8);
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
    if (!quiet) {
      System.err.println("import-health: " + result.findings().size() + " findings written to " + output);
    }
  }

  /** SARIF paths are relative to the git repository, which GitHub resolves them against. */
  private static Path repositoryRoot(Path projectRoot) {
    for (Path dir = projectRoot; dir != null; dir = dir.getParent()) {
      if (Files.exists(dir.resolve(".git"))) {
        return dir;
      }
    }
    return projectRoot;
  }

}
