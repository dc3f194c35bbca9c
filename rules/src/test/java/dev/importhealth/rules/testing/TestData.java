package dev.importhealth.rules.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Finds a project under {@code testdata/}, from the build's repository root or the working directory. */
public final class TestData {

  private TestData() {}

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
