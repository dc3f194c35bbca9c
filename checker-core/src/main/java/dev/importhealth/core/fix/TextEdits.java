package dev.importhealth.core.fix;

import dev.importhealth.core.api.FileRegion;
import dev.importhealth.core.api.Fix;
import dev.importhealth.core.api.TextEdit;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies {@link TextEdit}s to a file's text, exactly: nothing outside the edited regions
 * changes. Lines end at {@code \n}, {@code \r\n} or {@code \r}, as in JavaParser's positions;
 * columns count UTF-16 code units.
 */
public final class TextEdits {

  private TextEdits() {}

  /** Thrown when edits cannot be applied as they are: overlapping, or outside the text. */
  public static final class ConflictException extends Exception {
    private static final long serialVersionUID = 1L;

    ConflictException(String message) {
      super(message);
    }
  }

  /** The file's first line separator, or {@code \n} for a file of one line. */
  public static String lineSeparatorOf(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        return "\n";
      }
      if (c == '\r') {
        return i + 1 < text.length() && text.charAt(i + 1) == '\n' ? "\r\n" : "\r";
      }
    }
    return "\n";
  }

  /**
   * The fixes' edits of one file, merged: an edit two fixes share (the same import added for two
   * uses) is applied once; fixes whose edits collide with an earlier fix's are left out and returned
   * in {@code skipped}.
   */
  public record Merged(List<TextEdit> edits, List<Fix> applied, List<Fix> skipped) {}

  public static Merged merge(List<Fix> fixes) {
    List<TextEdit> accepted = new ArrayList<>();
    List<Fix> applied = new ArrayList<>();
    List<Fix> skipped = new ArrayList<>();
    for (Fix fix : fixes) {
      List<TextEdit> candidate = new ArrayList<>(accepted);
      fix.edits().stream().filter(e -> !candidate.contains(e)).forEach(candidate::add);
      try {
        new Fix("merged.", candidate); // checks order and overlap
        accepted = candidate;
        applied.add(fix);
      } catch (IllegalArgumentException overlapping) {
        skipped.add(fix);
      }
    }
    return new Merged(accepted.isEmpty() ? List.of() : new Fix("merged.", accepted).edits(), applied, skipped);
  }

  /** {@code text} with the edits applied; the edits must not overlap. */
  public static String apply(String text, List<TextEdit> edits) throws ConflictException {
    if (edits.isEmpty()) {
      return text;
    }
    List<TextEdit> sorted;
    try {
      sorted = new Fix("apply.", edits).edits();
    } catch (IllegalArgumentException e) {
      throw new ConflictException(e.getMessage());
    }
    String separator = lineSeparatorOf(text);
    int[] lineStarts = lineStarts(text);
    StringBuilder out = new StringBuilder(text.length() + 64);
    int copied = 0;
    for (TextEdit edit : sorted) {
      int start = offset(text, lineStarts, edit.region().startLine(), edit.region().startColumn());
      int end = offset(text, lineStarts, edit.region().endLine(), edit.region().endColumn());
      if (start < copied || end < start) {
        throw new ConflictException("edit " + describe(edit.region()) + " overlaps another");
      }
      out.append(text, copied, start).append(edit.replacement().replace("\n", separator));
      copied = end;
    }
    return out.append(text, copied, text.length()).toString();
  }

  private static int[] lineStarts(String text) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        i++;
      }
      if (c == '\n' || c == '\r') {
        starts.add(i + 1);
      }
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * The offset of a 1-based line and column. The line after the last one is the end of the text,
   * so deleting a whole last line needs no line break after it.
   */
  private static int offset(String text, int[] lineStarts, int line, int column) throws ConflictException {
    if (line == lineStarts.length + 1 && column == 1) {
      return text.length();
    }
    if (line > lineStarts.length) {
      throw new ConflictException("line " + line + " is past the end of the file");
    }
    int lineStart = lineStarts[line - 1];
    int lineEnd = line < lineStarts.length ? lineStarts[line] : text.length();
    int offset = lineStart + column - 1;
    if (offset > lineEnd) {
      throw new ConflictException("column " + column + " is past the end of line " + line);
    }
    return offset;
  }

  private static String describe(FileRegion region) {
    return region.startLine() + ":" + region.startColumn() + "-" + region.endLine() + ":" + region.endColumn();
  }
}
