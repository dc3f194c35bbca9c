package dev.importhealth.rules.oracle.runtime;

import dev.importhealth.rules.testing.TestData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** {@code testdata/fixture-oracle}: locating it and copying it for a mutation. */
final class FixtureProject {

  private FixtureProject() {}

  static Path source() {
    return TestData.directory("fixture-oracle");
  }

  /** A fresh copy at {@code target}, returned as a real path (the checker reports real paths). */
  static Path copyTo(Path target) {
    Path source = source();
    try (Stream<Path> walk = Files.walk(source)) {
      for (Path path : walk.toList()) {
        Path copy = target.resolve(source.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(path, copy, StandardCopyOption.REPLACE_EXISTING);
        }
      }
      return target.toRealPath();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
