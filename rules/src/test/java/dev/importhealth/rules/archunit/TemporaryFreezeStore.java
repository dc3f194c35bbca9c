package dev.importhealth.rules.archunit;

import com.tngtech.archunit.ArchConfiguration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** ArchUnit's text-file violation store in a fresh directory for each test, and the configuration reset after. */
final class TemporaryFreezeStore implements BeforeEachCallback, AfterEachCallback {

  private Path directory;

  @Override
  public void beforeEach(ExtensionContext context) throws IOException {
    directory = Files.createTempDirectory("archunit-store");
    ArchConfiguration.get().setProperty("freeze.store.default.path", directory.toString());
    ArchConfiguration.get().setProperty("freeze.store.default.allowStoreCreation", "true");
  }

  @Override
  public void afterEach(ExtensionContext context) throws IOException {
    ArchConfiguration.get().reset();
    try (Stream<Path> files = Files.walk(directory)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    }
  }

  Path directory() {
    return directory;
  }

  /** The files holding one rule's stored violations each (not the index of rules). */
  List<Path> violationFiles() throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.filter(f -> !f.getFileName().toString().equals("stored.rules")).sorted().toList();
    }
  }
}
