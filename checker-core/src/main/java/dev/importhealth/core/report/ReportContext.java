package dev.importhealth.core.report;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a reporter needs besides the findings.
 *
 * @param workingDirectory text output prints paths relative to it
 * @param repositoryRoot SARIF URIs are relative to it (the git root, else the project root)
 * @param color ANSI colour in text output (only on a terminal)
 */
public record ReportContext(
    Path workingDirectory, Path repositoryRoot, boolean color, String toolVersion) {

  /** The git repository that holds {@code projectRoot} (SARIF paths are relative to it), else the project root. */
  public static Path repositoryRootOf(Path projectRoot) {
    for (Path dir = projectRoot; dir != null; dir = dir.getParent()) {
      if (Files.exists(dir.resolve(".git"))) {
        return dir;
      }
    }
    return projectRoot;
  }
}
