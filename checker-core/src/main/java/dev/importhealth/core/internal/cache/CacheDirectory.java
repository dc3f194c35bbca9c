package dev.importhealth.core.internal.cache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The cache directory: created on first write, and ignored by git without the user's help. */
public final class CacheDirectory {

  private CacheDirectory() {}

  public static void prepare(Path directory) throws IOException {
    Files.createDirectories(directory);
    Path ignore = directory.resolve(".gitignore");
    if (!Files.exists(ignore)) {
      try {
        Files.writeString(Files.createFile(ignore), "# written by import-health: nothing here belongs in git\n*\n",
            StandardCharsets.UTF_8);
      } catch (FileAlreadyExistsException e) {
        // another run made it first
      }
    }
  }
}
