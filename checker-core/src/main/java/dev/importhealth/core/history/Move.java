package dev.importhealth.core.history;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A top-level type that git shows was moved (renamed, or moved to another package or module), its
 * nested types with it.
 *
 * @param from the old qualified name
 * @param to the qualified name at {@code HEAD}
 * @param fromPath the old file, relative to the repository's top directory
 * @param toPath the file at {@code HEAD}, relative to the repository's top directory
 * @param commits the commits that moved the file, oldest first (more than one for a chain of moves)
 */
public record Move(String from, String to, String fromPath, String toPath, List<Commit> commits) {

  /** A commit: its full and short id and its committer date. */
  public record Commit(String id, String shortId, LocalDate date) {
    @Override
    public String toString() {
      return shortId + " (" + date + ")";
    }
  }

  public Move {
    Objects.requireNonNull(from);
    Objects.requireNonNull(to);
    commits = List.copyOf(commits);
    if (commits.isEmpty()) {
      throw new IllegalArgumentException("a move needs a commit");
    }
  }

  /** Whether {@code qualifiedName} is the old type or a type nested in it. */
  public boolean covers(String qualifiedName) {
    return qualifiedName.equals(from) || qualifiedName.startsWith(from + ".");
  }

  /** Where {@code qualifiedName}, the old type or a name under it, is now. */
  public Optional<String> movedName(String qualifiedName) {
    return covers(qualifiedName) ? Optional.of(to + qualifiedName.substring(from.length())) : Optional.empty();
  }

  /** The commits, for a message: {@code abc1234 (2024-05-01)}, or several joined by "then". */
  public String when() {
    return commits.stream().map(Commit::toString).collect(Collectors.joining(", then "));
  }
}
