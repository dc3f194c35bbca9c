package dev.importhealth.maven;

import dev.importhealth.core.api.Finding;
import dev.importhealth.core.api.Severity;
import dev.importhealth.core.baseline.Baseline;
import dev.importhealth.core.baseline.BaselineFilter;
import dev.importhealth.core.config.ConfigException;
import dev.importhealth.core.engine.AnalysisResult;
import dev.importhealth.core.engine.CheckRequest;
import dev.importhealth.core.engine.Engine;
import dev.importhealth.core.report.JsonReporter;
import dev.importhealth.core.report.OutputFiles;
import dev.importhealth.core.report.ReportContext;
import dev.importhealth.core.report.Reporter;
import dev.importhealth.core.report.SarifReporter;
import dev.importhealth.core.report.TextReporter;
import dev.importhealth.rules.BuiltInRules;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * {@code import-health:check}: checks this module's main and test sources with its real compile and
 * test classpaths, and fails the build on findings at or above {@code failOn}, like
 * {@code import-health check --fail-on}.
 *
 * <p>The project is discovered from the module's directory as the command line does, so in a
 * multi-module build the index covers every module (a reference into a sibling module is resolved
 * against its sources), while only this module's source roots are reported on.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, requiresDependencyResolution = ResolutionScope.TEST,
    threadSafe = true)
public final class CheckMojo extends AbstractMojo {

  private enum Format {
    TEXT("txt"), JSON("json"), SARIF("sarif");

    final String extension;

    Format(String extension) {
      this.extension = extension;
    }
  }

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  private MavenSession session;

  @Parameter(defaultValue = "${plugin.version}", readonly = true)
  private String pluginVersion;

  /** Fail the build when a finding is at or above this level: error, warning, note or never. */
  @Parameter(property = "importHealth.failOn", defaultValue = "error")
  private String failOn;

  /** Report format: text, json or sarif. */
  @Parameter(property = "importHealth.format", defaultValue = "text")
  private String format;

  /**
   * Where to write the report. Default: text goes to the build log, json and sarif to
   * {@code ${project.build.directory}/import-health.json} or {@code .sarif}.
   */
  @Parameter(property = "importHealth.output")
  private File output;

  /** Report only findings not in this baseline ({@code import-health baseline create}). */
  @Parameter(property = "importHealth.baseline")
  private File baseline;

  /** Configuration file; default {@code import-health.yaml} at the project root, when present. */
  @Parameter(property = "importHealth.config")
  private File config;

  /** Parser threads; 0 means one per processor. */
  @Parameter(property = "importHealth.threads", defaultValue = "0")
  private int threads;

  /** Skip the check. */
  @Parameter(property = "importHealth.skip", defaultValue = "false")
  private boolean skip;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("import-health: skipped");
      return;
    }
    Optional<Severity> threshold = threshold();
    Format reportFormat = parse(Format.class, format, "format", "text, json or sarif");
    List<Path> reportPaths = sourceRoots();
    if (reportPaths.isEmpty()) {
      getLog().info("import-health: no Java source roots in " + project.getArtifactId() + ", nothing to check");
      return;
    }
    Path basedir = project.getBasedir().toPath().toAbsolutePath().normalize();
    CheckRequest request = new CheckRequest(basedir, reportPaths,
        Optional.ofNullable(config).map(f -> f.toPath().toAbsolutePath()), classpath(), threads, false);
    AnalysisResult result;
    try {
      Optional<Baseline> accepted = baseline == null ? Optional.empty()
          : Optional.of(Baseline.read(baseline.toPath().toAbsolutePath()));
      result = new Engine(BuiltInRules.all()).check(request);
      if (accepted.isPresent()) {
        BaselineFilter filtered = BaselineFilter.apply(result, accepted.get(), baseline.toPath(), reportPaths);
        result = filtered.result();
        if (filtered.baselined() > 0) {
          getLog().info("import-health: " + filtered.acceptedMessage(baseline.toPath()));
        }
      }
      report(result, reportFormat);
    } catch (ConfigException e) {
      throw new MojoExecutionException("import-health: configuration error: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new MojoExecutionException("import-health: " + e.getMessage(), e);
    }
    if (threshold.isPresent()) {
      List<Finding> failing = result.findings().stream().filter(f -> f.severity().atLeast(threshold.get())).toList();
      if (!failing.isEmpty()) {
        throw new MojoFailureException("import-health: " + failing.size() + " finding"
            + (failing.size() == 1 ? "" : "s") + " at or above " + threshold.get().label() + " (" + byRule(failing)
            + ")" + (reportedInLog(reportFormat) ? "" : "; see " + reportFile(reportFormat)));
      }
    }
  }

  /** Empty for {@code never}. */
  private Optional<Severity> threshold() throws MojoExecutionException {
    if ("never".equalsIgnoreCase(failOn.trim())) {
      return Optional.empty();
    }
    return Optional.of(parse(Severity.class, failOn, "failOn", "error, warning, note or never"));
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value, String name, String allowed)
      throws MojoExecutionException {
    try {
      return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("import-health: invalid " + name + " '" + value + "': expected " + allowed);
    }
  }

  /** The module's main and test source roots that exist (generated ones included). */
  private List<Path> sourceRoots() {
    return Stream.concat(project.getCompileSourceRoots().stream(), project.getTestCompileSourceRoots().stream())
        .map(root -> Path.of(root).toAbsolutePath().normalize())
        .filter(Files::isDirectory)
        .distinct()
        .toList();
  }

  private List<Path> classpath() throws MojoExecutionException {
    try {
      List<Path> entries = new ArrayList<>();
      for (String element : project.getTestClasspathElements()) {
        Path entry = Path.of(element);
        if (Files.exists(entry)) {
          entries.add(entry);
        }
      }
      return entries;
    } catch (DependencyResolutionRequiredException e) {
      throw new MojoExecutionException("import-health: cannot resolve the test classpath: " + e.getMessage(), e);
    }
  }

  private boolean reportedInLog(Format reportFormat) {
    return output == null && reportFormat == Format.TEXT;
  }

  private Path reportFile(Format reportFormat) {
    return output != null ? output.toPath()
        : Path.of(project.getBuild().getDirectory(), "import-health." + reportFormat.extension);
  }

  private void report(AnalysisResult result, Format reportFormat) throws IOException {
    Reporter reporter = switch (reportFormat) {
      case TEXT -> new TextReporter();
      case JSON -> new JsonReporter();
      case SARIF -> new SarifReporter();
    };
    Path workingDirectory = Path.of(session.getExecutionRootDirectory()).toAbsolutePath();
    ReportContext context = new ReportContext(workingDirectory,
        ReportContext.repositoryRootOf(result.projectRoot()), false, pluginVersion == null ? "unknown" : pluginVersion);
    StringWriter buffer = new StringWriter();
    try (PrintWriter out = new PrintWriter(buffer)) {
      reporter.write(result, context, out);
    }
    if (reportedInLog(reportFormat)) {
      for (String line : buffer.toString().split("\\R")) {
        if (line.contains(": error: ")) {
          getLog().error(line);
        } else if (line.contains(": warning: ")) {
          getLog().warn(line);
        } else if (!line.isEmpty()) {
          getLog().info(line);
        }
      }
      return;
    }
    Path target = reportFile(reportFormat);
    OutputFiles.replace(target, buffer.toString());
    getLog().info("import-health: " + result.findings().size() + " findings in " + project.getArtifactId()
        + " written to " + target);
  }

  private static String byRule(List<Finding> findings) {
    Map<String, Long> counts = new TreeMap<>(findings.stream()
        .collect(Collectors.groupingBy(Finding::ruleId, Collectors.counting())));
    return counts.entrySet().stream().map(e -> e.getKey() + " x" + e.getValue()).collect(Collectors.joining(", "));
  }
}
