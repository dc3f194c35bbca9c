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

  /** The text of each of {@code files} at {@code revision}; a file the revision lacks is left out. */
  public static java.util.Map<Path, String> textsAt(Path directory, String revision, java.util.Collection<Path> files)
      throws GitHistoryException {
    if (revision.isBlank() || revision.startsWith("-")) {
      throw new GitHistoryException("'" + revision + "' is not a revision");
    }
    Git.Result top = new Git(directory).run(List.of("rev-parse", "--show-toplevel"));
    if (top.exitCode() != 0) {
      throw new GitHistoryException(directory + " is not in a git repository");
    }
    Path root = Path.of(top.text().trim()).toAbsolutePath().normalize();
    java.util.Map<String, Path> byObject = new java.util.LinkedHashMap<>();
    for (Path file : files) {
      Path absolute = file.toAbsolutePath().normalize();
      if (absolute.startsWith(root)) {
        byObject.put(revision + ":" + root.relativize(absolute).toString().replace(java.io.File.separatorChar, '/'),
            absolute);
      }
    }
    java.util.Map<Path, String> texts = new java.util.LinkedHashMap<>();
    BlobReader.read(new Git(root), byObject.keySet()).forEach((object, text) -> texts.put(byObject.get(object), text));
    return texts;
  }

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
