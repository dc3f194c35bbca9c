package dev.importhealth.core.history;

import dev.importhealth.core.internal.history.ChangeReader;
import java.nio.file.Path;
import java.util.List;

/** What a changed-files check reports on: the Java files that differ from a revision. */
public final class GitChanges {

  private GitChanges() {}

  /**
   * The {@code .java} files of the repository holding {@code directory} that differ between {@code
   * base} and the working tree (committed since, staged or not, deleted) or that git does not track
   * yet (ignored files left out), as absolute paths.
   *
   * @throws GitHistoryException outside a git repository, or when {@code base} is no revision
   */
  /**
   * The text of each file at {@code revision} (a file the revision does not have is left out), for
   * telling whether an edit changed what other files see.
   *
   * @throws GitHistoryException outside a git repository
   */
  public static java.util.Map<Path, String> textsAt(Path directory, String revision, java.util.Collection<Path> files)
      throws GitHistoryException {
    return ChangeReader.textsAt(directory, revision, files);
  }

  public static List<Path> javaFilesChangedSince(Path directory, String base) throws GitHistoryException {
    return ChangeReader.javaFilesChangedSince(directory, base);
  }
}
