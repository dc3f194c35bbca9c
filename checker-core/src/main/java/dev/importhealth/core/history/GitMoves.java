package dev.importhealth.core.history;

import dev.importhealth.core.internal.history.GitMoveReader;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The moves of types in a git repository's history, as {@code git log -M} shows them (renames at
 * git's default similarity of 50 %), chains of moves collapsed, reverted moves and moves whose
 * file is gone at {@code HEAD} dropped, and no type that still exists at {@code HEAD} under its
 * old name.
 *
 * @param repositoryRoot the repository's top directory
 * @param shallow whether the clone is shallow, so that older moves are not seen
 * @param moves the moves, ordered by old name
 */
public record GitMoves(Path repositoryRoot, boolean shallow, List<Move> moves) implements MoveHistory {

  public GitMoves {
    moves = moves.stream().sorted(Comparator.comparing(Move::from)).toList();
  }

  /**
   * Reads the history reachable from {@code HEAD} of the repository that holds {@code directory}
   * (after {@code since} only, when given: the commits of {@code since..HEAD}).
   *
   * @throws GitHistoryException when {@code directory} is in no git repository, git is not
   *     installed, or {@code since} is no commit
   */
  public static GitMoves read(Path directory, Optional<String> since) throws GitHistoryException {
    return GitMoveReader.read(directory, since);
  }

  @Override
  public Optional<Move> movedTo(String qualifiedTypeName) {
    return moves.stream().filter(m -> m.covers(qualifiedTypeName))
        .max(Comparator.comparingInt(m -> m.from().length()));
  }
}
