package dev.importhealth.core.api;

import java.util.Objects;

/**
 * Replaces the text of one region of a file. An empty region inserts, an empty replacement
 * deletes. A line break in {@code replacement} is written as {@code "\n"} and stands for the
 * file's own line separator, which whoever applies the edit uses.
 */
public record TextEdit(FileRegion region, String replacement) {

  public TextEdit {
    Objects.requireNonNull(region);
    Objects.requireNonNull(replacement);
  }

  /** Orders edits by where they start; at the same place an insertion comes first. */
  static int compare(TextEdit a, TextEdit b) {
    int byLine = Integer.compare(a.region.startLine(), b.region.startLine());
    if (byLine != 0) {
      return byLine;
    }
    int byColumn = Integer.compare(a.region.startColumn(), b.region.startColumn());
    if (byColumn != 0) {
      return byColumn;
    }
    // insertions at one place go in text order, which keeps inserted import lines sorted
    int insertionFirst = Boolean.compare(!a.isInsertion(), !b.isInsertion());
    return insertionFirst != 0 ? insertionFirst : a.replacement.compareTo(b.replacement);
  }

  public boolean isInsertion() {
    return region.startLine() == region.endLine() && region.startColumn() == region.endColumn();
  }
}
