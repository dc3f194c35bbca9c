package dev.importhealth.core.internal.config;

import dev.importhealth.core.config.Config;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

/**
 * Applies a configuration's {@code sources:} and {@code exclude:} globs to files: a file is
 * included when {@code sources} is empty or one of its globs matches, and no {@code exclude} glob
 * matches. Globs match the path relative to the project root with '/' separators, or any of its
 * ancestor directories (see {@link GlobMatcher}). A file outside the root matches no glob.
 */
public final class SourceFilter implements Predicate<Path> {

  private final Path root;
  private final List<GlobMatcher> sources;
  private final List<GlobMatcher> exclude;

  private SourceFilter(Path root, List<GlobMatcher> sources, List<GlobMatcher> exclude) {
    this.root = root.toAbsolutePath().normalize();
    this.sources = sources;
    this.exclude = exclude;
  }

  /** @throws IllegalArgumentException when a glob is malformed ({@link ConfigLoader} checks them) */
  public static SourceFilter of(Path projectRoot, List<String> sources, List<String> exclude) {
    return new SourceFilter(
        projectRoot,
        sources.stream().map(GlobMatcher::compile).toList(),
        exclude.stream().map(GlobMatcher::compile).toList());
  }

  public static SourceFilter of(Path projectRoot, Config config) {
    return of(projectRoot, config.sources(), config.exclude());
  }

  /** True when the filter lets every file through. */
  public boolean acceptsAll() {
    return sources.isEmpty() && exclude.isEmpty();
  }

  @Override
  public boolean test(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    if (!abs.startsWith(root)) {
      return sources.isEmpty();
    }
    Path rel = root.relativize(abs);
    return includes(rel.toString().replace(rel.getFileSystem().getSeparator(), "/"));
  }

  /** The same decision for a path already relative to the root, '/'-separated. */
  public boolean includes(String relativePath) {
    if (!sources.isEmpty()
        && sources.stream().noneMatch(g -> g.matchesPathOrAncestor(relativePath))) {
      return false;
    }
    return exclude.stream().noneMatch(g -> g.matchesPathOrAncestor(relativePath));
  }
}
