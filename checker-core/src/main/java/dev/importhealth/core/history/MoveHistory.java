package dev.importhealth.core.history;

import java.util.Optional;

/** The moves of types a project's git history shows; empty without git. */
public interface MoveHistory {

  /**
   * The move that took {@code qualifiedTypeName} (a top-level type, or a type nested in one) away,
   * when git shows one with no doubt left: the old type does not exist now, the new one does, and
   * no other move took the same type elsewhere.
   */
  Optional<Move> movedTo(String qualifiedTypeName);

  /** No history: outside a git repository, or where it was not read. */
  static MoveHistory none() {
    return name -> Optional.empty();
  }
}
