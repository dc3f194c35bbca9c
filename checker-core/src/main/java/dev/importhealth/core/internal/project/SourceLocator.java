package dev.importhealth.core.internal.project;

import dev.importhealth.core.model.Module;
import dev.importhealth.core.model.Project;
import dev.importhealth.core.model.SourceRoot;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Answers "which module, root and scope does this file belong to?" for one project. A file under
 * several roots belongs to the deepest one, so nested roots never index a file twice. Files below
 * a hidden directory, or below build output (for a plain tree: any {@code target}, {@code build},
 * {@code out} or {@code node_modules}; for Maven and Gradle: those names directly inside a module
 * directory), belong to no root unless a root lies inside that directory itself (generated
 * sources).
 */
public final class SourceLocator {

  private final Project project;
  private final Map<Path, SourceRoot> rootsByDirectory = new HashMap<>();
  private final Map<String, Module> modulesByName = new HashMap<>();
  private final Set<Path> moduleDirectories = new HashSet<>();

  private SourceLocator(Project project) {
    this.project = project;
    for (Module m : project.modules()) {
      modulesByName.putIfAbsent(m.name(), m);
      moduleDirectories.add(m.directory());
      for (SourceRoot r : m.sourceRoots()) {
        rootsByDirectory.putIfAbsent(r.directory(), r);
      }
    }
  }

  public static SourceLocator of(Project project) {
    return new SourceLocator(project);
  }

  public Project project() {
    return project;
  }

  /** The deepest root containing {@code file}, or empty when the file is under none. */
  public Optional<SourceFileInfo> locate(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    for (Path dir = abs.getParent(); dir != null; dir = dir.getParent()) {
      SourceRoot root = rootsByDirectory.get(dir);
      if (root != null) {
        return skippedBetween(dir, abs.getParent())
            ? Optional.empty()
            : Optional.of(
                new SourceFileInfo(abs, modulesByName.get(root.module()), root, packageOf(dir, abs)));
      }
    }
    return Optional.empty();
  }

  /** True when {@code file} belongs to exactly this root (its deepest containing root). */
  boolean owns(SourceRoot root, Path file) {
    return locate(file).map(info -> info.root().directory().equals(root.directory())).orElse(false);
  }

  /** Whether a walk from a source root must not enter {@code dir} (a directory below the root). */
  boolean skipsDirectory(Path dir) {
    return TreeWalk.isHidden(dir) || isBuildOutput(dir);
  }

  /**
   * Whether {@code dir} is build output by its name and place: for a plain tree any {@code target},
   * {@code build}, {@code out} or {@code node_modules}; for Maven and Gradle those names directly
   * inside a module directory.
   */
  public boolean isBuildOutput(Path dir) {
    if (!TreeWalk.OUTPUT_DIR_NAMES.contains(String.valueOf(dir.getFileName()))) {
      return false;
    }
    return project.buildSystem().equals("plain") || moduleDirectories.contains(dir.getParent());
  }

  private boolean skippedBetween(Path root, Path dir) {
    for (Path d = dir; d != null && !d.equals(root); d = d.getParent()) {
      if (skipsDirectory(d)) {
        return true;
      }
    }
    return false;
  }

  private static String packageOf(Path root, Path file) {
    Path rel = root.relativize(file.getParent());
    if (rel.toString().isEmpty()) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    for (Path segment : rel) {
      if (sb.length() > 0) {
        sb.append('.');
      }
      sb.append(segment);
    }
    return sb.toString();
  }
}
