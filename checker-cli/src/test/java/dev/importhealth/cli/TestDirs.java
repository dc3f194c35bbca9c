package dev.importhealth.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the tests find the repository and the team's shared directory. The repository root comes
 * from the system property {@code importhealth.repoRoot} (the parent pom's surefire and failsafe
 * configuration sets it), else the nearest directory above the working directory holding
 * {@code pom.xml} and {@code testdata/}. The shared directory comes from {@code
 * importhealth.sharedDir}, else {@code <repoRoot>/../shared}, where CI has it.
 */
final class TestDirs {

  private TestDirs() {}

  static Path repoRoot() {
    String root = System.getProperty("importhealth.repoRoot");
    if (root != null && !root.isBlank()) {
      return Path.of(root).toAbsolutePath().normalize();
    }
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.exists(p.resolve("pom.xml")) && Files.isDirectory(p.resolve("testdata"))) {
        return p;
      }
    }
    throw new UncheckedIOException(new IOException(
        "no directory with pom.xml and testdata/ above " + Path.of("").toAbsolutePath() + "; set -Dimporthealth.repoRoot"));
  }

  static Path sharedDir() {
    String shared = System.getProperty("importhealth.sharedDir");
    if (shared != null && !shared.isBlank()) {
      return Path.of(shared).toAbsolutePath().normalize();
    }
    return repoRoot().resolve("../shared").normalize();
  }

  static Path testdata(String name) {
    return repoRoot().resolve("testdata").resolve(name);
  }
}
