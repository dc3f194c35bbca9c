package dev.importhealth.core.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/** Reports written to a file: rendered fully first, then put in place in one step. */
public final class OutputFiles {

  private OutputFiles() {}

  /** Replaces {@code target} atomically: a failed run never leaves a half-written or truncated file. */
  public static void replace(Path target, String content) throws IOException {
    Path absolute = target.toAbsolutePath();
    Files.createDirectories(absolute.getParent());
    Path temporary = Files.createTempFile(absolute.getParent(), ".import-health", ".tmp");
    try {
      Files.writeString(temporary, content, StandardCharsets.UTF_8);
      // a temporary file is private to its owner; the report is not: keep the old file's mode, or rw-r--r--
      if (Files.getFileAttributeView(temporary, PosixFileAttributeView.class) != null) {
        Files.setPosixFilePermissions(temporary, Files.exists(absolute) ? Files.getPosixFilePermissions(absolute)
            : PosixFilePermissions.fromString("rw-r--r--"));
      }
      Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
