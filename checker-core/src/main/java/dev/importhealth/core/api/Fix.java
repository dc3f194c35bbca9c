package dev.importhealth.core.api;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Exact text edits, all in one file, that resolve one finding: what {@code import-health fix}
 * applies and what SARIF offers as the result's {@code fixes}. Edits are sorted by position and
 * never overlap (an insertion may sit where a deletion starts).
 *
 * @param description what the fix does, one sentence ending with a period
 */
public record Fix(String description, List<TextEdit> edits) {

  public Fix {
    Objects.requireNonNull(description);
    if (edits.isEmpty()) {
      throw new IllegalArgumentException("a fix needs at least one edit");
    }
    List<TextEdit> sorted = new ArrayList<>(new java.util.LinkedHashSet<>(edits));
    sorted.sort(Comparator.comparing((TextEdit e) -> e, TextEdit::compare));
    Path file = sorted.get(0).region().file();
    for (int i = 0; i < sorted.size(); i++) {
      if (!sorted.get(i).region().file().equals(file)) {
        throw new IllegalArgumentException("a fix edits one file, not " + file + " and " + sorted.get(i).region().file());
      }
      if (i > 0 && overlap(sorted.get(i - 1), sorted.get(i))) {
        throw new IllegalArgumentException("overlapping edits " + sorted.get(i - 1) + " and " + sorted.get(i));
      }
    }
    edits = List.copyOf(sorted);
  }

  public Path file() {
    return edits.get(0).region().file();
  }

  /** Whether {@code b}, which starts no earlier than {@code a}, starts before {@code a} ends. */
  static boolean overlap(TextEdit a, TextEdit b) {
    FileRegion first = a.region();
    FileRegion second = b.region();
    return second.startLine() < first.endLine()
        || (second.startLine() == first.endLine() && second.startColumn() < first.endColumn());
  }
}
