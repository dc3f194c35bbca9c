package dev.importhealth.core.engine;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One check run.
 *
 * @param start a file or directory inside the project; the project root is discovered from it
 * @param reportPaths files or directories to report on; empty means the whole project (the index
 *     always covers the whole project)
 * @param configFile {@code --config}; empty means {@code import-health.yaml} at the project root
 *     when it exists
 * @param classpath extra classpath entries from the command line
 * @param threads parser threads; 0 means the number of processors
 * @param mavenClasspath ask Maven for the test classpath of every module (cached until a pom changes)
 * @param changed when present, report only on these files (changed, added or deleted since a
 *     revision) and on the files that name a type they declare; project rules do not run
 */
public record CheckRequest(
    Path start, List<Path> reportPaths, Optional<Path> configFile, List<Path> classpath, int threads,
    boolean mavenClasspath, Optional<List<Path>> changed) {

  public CheckRequest {
    reportPaths = List.copyOf(reportPaths);
    classpath = List.copyOf(classpath);
    changed = changed.map(List::copyOf);
  }

  public CheckRequest(Path start, List<Path> reportPaths, Optional<Path> configFile, List<Path> classpath, int threads,
      boolean mavenClasspath) {
    this(start, reportPaths, configFile, classpath, threads, mavenClasspath, Optional.empty());
  }

  public CheckRequest(Path start, List<Path> reportPaths, Optional<Path> configFile, List<Path> classpath, int threads) {
    this(start, reportPaths, configFile, classpath, threads, false);
  }

  public static CheckRequest of(Path start) {
    return new CheckRequest(start, List.of(), Optional.empty(), List.of(), 0);
  }
}
