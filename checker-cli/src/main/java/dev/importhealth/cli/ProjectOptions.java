package dev.importhealth.cli;

import dev.importhealth.core.config.ConfigException;
import dev.importhealth.core.engine.CheckRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What every command that analyses a project takes: the paths to report on, how to find the
 * classpath and configuration, and what to do when the analysis itself fails.
 */
final class ProjectOptions {

  @Parameters(paramLabel = "PATH", description = "Files or directories to report on.")
  List<Path> paths = new ArrayList<>();

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

  @Option(names = "--no-cache",
      description = "Neither read nor write the per-project cache of file summaries (parse every file).")
  boolean noCache;

  @Option(names = "--cache-dir", paramLabel = "DIR",
      description = "Where the per-project cache lives (default: .import-health/cache under the project root).")
  Path cacheDirectory;

  @Option(names = {"-v", "--verbose"}, description = "Print timings, and stack traces of internal errors.")
  boolean verbose;

  /** The check to run, or empty after saying which path does not exist. */
  Optional<CheckRequest> request() {
    Path workingDirectory = Path.of("").toAbsolutePath();
    List<Path> reportPaths = paths.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    for (Path path : reportPaths) {
      if (!Files.exists(path)) {
        System.err.println("import-health: " + path + " does not exist");
        return Optional.empty();
      }
    }
    Path start = reportPaths.isEmpty() ? workingDirectory : reportPaths.get(0);
    return Optional.of(cached(new CheckRequest(start, reportPaths, Optional.ofNullable(config), classpath, threads,
        mavenClasspath)));
  }

  /** The request with the cache the options ask for: the project's own unless turned off. */
  CheckRequest cached(CheckRequest request) {
    if (noCache) {
      return request;
    }
    return request.withCache(cacheDirectory == null ? CheckRequest.DEFAULT_CACHE : cacheDirectory.toAbsolutePath());
  }

  /** Runs a command's work, mapping failures to exit codes with a message that says what to do. */
  int guarded(Callable<Integer> work) {
    try {
      return work.call();
    } catch (ConfigException e) {
      System.err.println("import-health: configuration error: " + e.getMessage());
      return ExitCode.USAGE_OR_CONFIG.code();
    } catch (IOException e) {
      System.err.println("import-health: " + e.getMessage());
      return ExitCode.USAGE_OR_CONFIG.code();
    } catch (Exception | Error e) {
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
}
