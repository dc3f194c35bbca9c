package dev.importhealth.rules.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Finds a project under {@code testdata/}, from the build's repository root or the working directory. */
public final class TestData {

  private TestData() {}

  /** A copy of a project under {@code testdata/} in {@code target}, for a test that writes into it. */
  public static Path copy(String name, Path target) throws java.io.IOException {
    Path from = directory(name);
    try (java.util.stream.Stream<Path> walk = Files.walk(from)) {
      for (Path source : (Iterable<Path>) walk::iterator) {
        Path to = target.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(to);
        } else {
          Files.copy(source, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    return target;
  }

  public static Path directory(String name) {
    String repoRoot = System.getProperty("importhealth.repoRoot");
    List<Path> starts = new ArrayList<>();
    if (repoRoot != null && !repoRoot.isBlank()) {
      starts.add(Path.of(repoRoot));
    }
    starts.add(Path.of("").toAbsolutePath());
    for (Path start : starts) {
      for (Path p = start.toAbsolutePath(); p != null; p = p.getParent()) {
        Path candidate = p.resolve("testdata").resolve(name);
        if (Files.isDirectory(candidate)) {
          return candidate;
        }
      }
    }
    throw new IllegalStateException("testdata/" + name + " not found above " + starts);
  }
}
