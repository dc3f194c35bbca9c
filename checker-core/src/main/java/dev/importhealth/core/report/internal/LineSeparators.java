package dev.importhealth.core.report.internal;

import dev.importhealth.core.fix.TextEdits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The line separator a file on disk uses, for edits that insert whole lines. */
public final class LineSeparators {

  private LineSeparators() {}

  /** The file's first line separator; {@code \n} when it has none or cannot be read. */
  public static String of(Path file) {
    try {
      return TextEdits.lineSeparatorOf(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
    } catch (IOException e) {
      return "\n";
    }
  }
}
