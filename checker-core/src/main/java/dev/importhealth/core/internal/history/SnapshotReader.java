package dev.importhealth.core.internal.history;

import dev.importhealth.core.history.GitHistoryException;
import dev.importhealth.core.history.GitSnapshots;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads earlier states of a project from git without touching the repository: the commit list
 * from {@code git log}, each tree through {@code git archive} into a directory of our own.
 */
public final class SnapshotReader {

  private SnapshotReader() {}

  /** The last {@code count} commits of HEAD's first-parent history, oldest first. */
  public static List<GitSnapshots.Commit> recent(Path directory, int count) throws GitHistoryException {
    Git git = new Git(directory);
    Git.Result log = git.run(List.of("log", "--first-parent", "-n", Integer.toString(count),
        "--format=%H %h %cs", "HEAD", "--"));
    if (log.exitCode() != 0) {
      throw new GitHistoryException(log.err().contains("not a git repository")
          ? directory + " is not in a git repository" : "git cannot read the history of " + directory + ": " + log.err());
    }
    List<GitSnapshots.Commit> commits = new ArrayList<>();
    for (String line : log.text().split("\n")) {
      String[] parts = line.trim().split(" ");
      if (parts.length == 3) {
        commits.add(0, new GitSnapshots.Commit(parts[0], parts[1], parts[2]));
      }
    }
    return commits;
  }

  /**
   * Writes the files of {@code directory}'s part of the repository, as they were at {@code
   * commit}, into {@code target}; entries that would leave {@code target} are refused.
   */
  public static void export(Path directory, GitSnapshots.Commit commit, Path target) throws GitHistoryException {
    Git git = new Git(directory);
    Git.Result prefix = git.run(List.of("rev-parse", "--show-prefix"));
    if (prefix.exitCode() != 0) {
      throw new GitHistoryException("git cannot read " + directory + ": " + prefix.err());
    }
    String subdirectory = prefix.text().trim();
    try {
      Path zip = Files.createTempFile("import-health-snapshot", ".zip");
      try {
        // from the top of the repository, so that `commit:sub/dir` names the project's tree
        Git top = new Git(directory.resolve(subdirectory.isEmpty() ? "." : relativeUp(subdirectory)).normalize());
        Git.Result archive = top.run(List.of("archive", "--format=zip", "-o", zip.toString(),
            commit.id() + (subdirectory.isEmpty() ? "" : ":" + subdirectory.replaceAll("/$", ""))));
        if (archive.exitCode() != 0) {
          throw new GitHistoryException("git archive " + commit.shortId() + " failed: " + archive.err());
        }
        unzip(zip, target);
      } finally {
        Files.deleteIfExists(zip);
      }
    } catch (IOException e) {
      throw new GitHistoryException("cannot write the files of " + commit.shortId() + ": " + e.getMessage(), e);
    }
  }

  /** {@code a/b/} → {@code ../..}. */
  private static String relativeUp(String subdirectory) {
    int depth = subdirectory.replaceAll("/$", "").split("/").length;
    return String.join("/", java.util.Collections.nCopies(depth, ".."));
  }

  private static void unzip(Path zip, Path target) throws IOException {
    Path root = target.toAbsolutePath().normalize();
    try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
      for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
        Path file = root.resolve(entry.getName()).normalize();
        if (!file.startsWith(root)) {
          throw new IOException("the archive names a path outside its directory: " + entry.getName());
        }
        if (entry.isDirectory()) {
          Files.createDirectories(file);
        } else {
          Files.createDirectories(file.getParent());
          Files.copy(entries, file);
        }
      }
    }
  }
}
