package dev.importhealth.core.history;

import dev.importhealth.core.internal.history.SnapshotReader;
import java.nio.file.Path;
import java.util.List;

/** Earlier states of a project, read from git without changing the repository. */
public final class GitSnapshots {

  /** A commit: its full and short id and its committer date ({@code 2026-11-20}). */
  public record Commit(String id, String shortId, String date) {}

  private GitSnapshots() {}

  /** The last {@code count} commits of HEAD's first-parent history, oldest first. */
  public static List<Commit> recent(Path directory, int count) throws GitHistoryException {
    return SnapshotReader.recent(directory, count);
  }

  /** Writes {@code directory}'s files as they were at {@code commit} into {@code target}. */
  public static void export(Path directory, Commit commit, Path target) throws GitHistoryException {
    SnapshotReader.export(directory, commit, target);
  }
}
