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
 * @param cache the directory of the per-project cache, relative to the project root unless
 *     absolute; empty means no cache is read or written
 * @param base the revision the changed files (or, when every report path is a file, those files)
 *     are compared with: the files that use one whose declarations differ from it are reported
 *     too; empty means {@code HEAD}
 */
public record CheckRequest(
    Path start, List<Path> reportPaths, Optional<Path> configFile, List<Path> classpath, int threads,
    boolean mavenClasspath, Optional<List<Path>> changed, Optional<Path> cache, Optional<String> base) {

  /** Where the command line keeps the cache unless told otherwise, relative to the project root. */
  public static final Path DEFAULT_CACHE = Path.of(".import-health", "cache");

  public CheckRequest {
    reportPaths = List.copyOf(reportPaths);
    classpath = List.copyOf(classpath);
    changed = changed.map(List::copyOf);
  }

  public CheckRequest(Path start, List<Path> reportPaths, Optional<Path> configFile, List<Path> classpath, int threads,
      boolean mavenClasspath, Optional<List<Path>> changed) {
    this(start, reportPaths, configFile, classpath, threads, mavenClasspath, changed, Optional.empty(),
        Optional.empty());
  }

  /** The same request, comparing changed files with {@code revision}. */
  public CheckRequest withBase(String revision) {
    return new CheckRequest(start, reportPaths, configFile, classpath, threads, mavenClasspath, changed, cache,
        Optional.of(revision));
  }

  /** The same request, reading and writing the cache in {@code directory}. */
  public CheckRequest withCache(Path directory) {
    return new CheckRequest(start, reportPaths, configFile, classpath, threads, mavenClasspath, changed,
        Optional.of(directory), base);
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
