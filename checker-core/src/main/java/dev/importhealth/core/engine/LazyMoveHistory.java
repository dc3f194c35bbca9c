package dev.importhealth.core.engine;

import dev.importhealth.core.history.GitHistoryException;
import dev.importhealth.core.history.GitMoves;
import dev.importhealth.core.history.Move;
import dev.importhealth.core.history.MoveHistory;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The project's git history for one run, read on the first question (most runs have no unresolved
 * type and never ask), and only the moves the index confirms: the new type exists, the old one
 * does not. Outside a repository, or without git, it is empty and says nothing.
 */
final class LazyMoveHistory implements MoveHistory {

  private final Path projectRoot;
  private final Predicate<String> typeExists;
  private volatile MoveHistory loaded;

  LazyMoveHistory(Path projectRoot, Predicate<String> typeExists) {
    this.projectRoot = projectRoot;
    this.typeExists = typeExists;
  }

  @Override
  public Optional<Move> movedTo(String qualifiedTypeName) {
    return history().movedTo(qualifiedTypeName);
  }

  private MoveHistory history() {
    MoveHistory history = loaded;
    if (history == null) {
      synchronized (this) {
        history = loaded;
        if (history == null) {
          history = load();
          loaded = history;
        }
      }
    }
    return history;
  }

  private MoveHistory load() {
    try {
      GitMoves moves = GitMoves.read(projectRoot, Optional.empty());
      List<Move> confirmed = moves.moves().stream()
          .filter(m -> typeExists.test(m.to()) && !typeExists.test(m.from())).toList();
      return new GitMoves(moves.repositoryRoot(), moves.shallow(), confirmed);
    } catch (GitHistoryException e) {
      return MoveHistory.none(); // no git, no repository: the messages simply do not name a move
    }
  }
}
