package dev.importhealth.core.internal.cache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** The cache directory: created on first write, ignored by git without the user's help, written atomically. */
public final class CacheDirectory {

  private CacheDirectory() {}

  /**
   * Replaces {@code file} (in a cache directory) with {@code bytes}: written whole under a
   * temporary name beside it and moved into place in one step, so that a run reading at the same
   * time sees the old file or the new one, never half of one. No fallback to a plain move.
   */
  public static void replace(Path file, byte[] bytes) throws IOException {
    Path directory = file.toAbsolutePath().getParent();
    prepare(directory);
    Path temporary = Files.createTempFile(directory, file.getFileName().toString(), ".tmp");
    try {
      Files.write(temporary, bytes);
      Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      // a leftover temporary file would be harmless (never read), but it is not left
      Files.deleteIfExists(temporary);
    }
  }

  public static void prepare(Path directory) throws IOException {
    Files.createDirectories(directory);
    Path ignore = directory.resolve(".gitignore");
    if (!Files.exists(ignore)) {
      try {
        Files.writeString(Files.createFile(ignore), "*\n",
            StandardCharsets.UTF_8);
      } catch (FileAlreadyExistsException e) {
        // another run made it first
      }
    }
  }
}
