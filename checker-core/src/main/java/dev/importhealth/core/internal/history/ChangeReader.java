package dev.importhealth.core.internal.history;

import dev.importhealth.core.history.GitHistoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The Java files that differ from a revision: committed since, staged, modified, deleted or new. */
public final class ChangeReader {

  private ChangeReader() {}

  public static List<Path> javaFilesChangedSince(Path directory, String base) throws GitHistoryException {
    if (base.isBlank() || base.startsWith("-")) {
      throw new GitHistoryException("'" + base + "' is not a revision");
    }
    Git git = new Git(directory);
    Git.Result top = git.run(List.of("rev-parse", "--show-toplevel"));
    if (top.exitCode() != 0) {
      throw new GitHistoryException(top.err().contains("not a git repository")
          ? directory + " is not in a git repository" : "git cannot read " + directory + ": " + top.err());
    }
    Path root = Path.of(top.text().trim());
    Git atTop = new Git(root);
    Git.Result diff = atTop.run(List.of("diff", "--name-only", "-z", "--no-renames", base, "--"));
    if (diff.exitCode() != 0) {
      throw new GitHistoryException("'" + base + "' is not a revision of the repository at " + root + ": " + diff.err());
    }
    Git.Result untracked = atTop.run(List.of("ls-files", "--others", "--exclude-standard", "-z"));
    Set<Path> changed = new LinkedHashSet<>();
    for (Git.Result result : List.of(diff, untracked)) {
      for (String name : result.text().split("\0")) {
        if (name.endsWith(".java")) {
          changed.add(root.resolve(name).toAbsolutePath().normalize());
        }
      }
    }
    return new ArrayList<>(changed);
  }
}
