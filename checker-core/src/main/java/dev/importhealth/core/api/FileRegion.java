package dev.importhealth.core.api;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A region of a source file. Lines and columns are 1-based; columns count UTF-16 code units (a
 * tab is one column); {@code endColumn} is exclusive, as in SARIF.
 *
 * @param file the file, absolute and normalised
 */
public record FileRegion(Path file, int startLine, int startColumn, int endLine, int endColumn)
    implements Location {

  public FileRegion {
    Objects.requireNonNull(file);
    if (startLine < 1 || startColumn < 1 || endLine < startLine
        || (endLine == startLine && endColumn < startColumn)) {
      throw new IllegalArgumentException(
          "bad region " + startLine + ":" + startColumn + "-" + endLine + ":" + endColumn);
    }
  }

  public static FileRegion at(Path file, int line, int column) {
    return new FileRegion(file, line, column, line, column + 1);
  }

  /** The text of line {@code line} ({@code text}), without its leading and trailing blanks. */
  public static FileRegion ofLine(Path file, int line, String text) {
    int start = text.length() - text.stripLeading().length() + 1;
    return new FileRegion(file, line, start, line, Math.max(start, text.stripTrailing().length() + 1));
  }

  @Override
  public String describe() {
    return file + ":" + startLine + ":" + startColumn;
  }
}
