package dev.importhealth.core.internal.project;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/** File-tree helpers shared by the build readers. */
final class TreeWalk {

  /** Directory names that hold build output or tooling, never sources of a plain tree. */
  static final Set<String> OUTPUT_DIR_NAMES = Set.of("target", "build", "out", "node_modules");

  private TreeWalk() {}

  static boolean isHidden(Path dir) {
    Path name = dir.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  /** Skip rule for trees without a build: hidden directories and build output by name. */
  static boolean plainSkip(Path dir) {
    return isHidden(dir) || OUTPUT_DIR_NAMES.contains(String.valueOf(dir.getFileName()));
  }

  /**
   * Regular files below {@code dir}, sorted, whose file name passes {@code fileName}. Directories
   * strictly below {@code dir} for which {@code skipDir} holds are not entered; symbolic links to
   * directories are not followed; unreadable entries are ignored.
   */
  static List<Path> files(Path dir, Predicate<Path> skipDir, Predicate<String> fileName)
      throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    List<Path> found = new ArrayList<>();
    Files.walkFileTree(
        dir,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
            return !d.equals(dir) && skipDir.test(d)
                ? FileVisitResult.SKIP_SUBTREE
                : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
            if (attrs.isRegularFile() && fileName.test(f.getFileName().toString())) {
              found.add(f);
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path f, IOException e) {
            return FileVisitResult.CONTINUE;
          }
        });
    found.sort(Comparator.comparing(Path::toString));
    return found;
  }

  static boolean isJava(String fileName) {
    return fileName.endsWith(".java");
  }

  /** True when some {@code .java} file lies below {@code dir} (hidden directories skipped). */
  static boolean containsJava(Path dir) throws IOException {
    return !files(dir, TreeWalk::isHidden, TreeWalk::isJava).isEmpty();
  }

  /** Sorted immediate subdirectories. */
  static List<Path> subdirectories(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (var stream = Files.list(dir)) {
      return stream.filter(Files::isDirectory).sorted(Comparator.comparing(Path::toString)).toList();
    }
  }

  /**
   * Package roots for the given Java files, all of them at or below {@code base}: a directory
   * whose files declare a package matching the directory's trailing segments yields the directory
   * with those segments stripped; a directory none of whose files match is a root itself. When
   * files of one directory disagree, the root most of them agree on wins (ties: the shallower root),
   * so one misplaced file does not re-root its correctly placed siblings.
   */
  static Set<Path> inferPackageRoots(Path base, List<Path> javaFiles) throws IOException {
    Map<Path, List<Path>> byDir = new TreeMap<>(Comparator.comparing(Path::toString));
    for (Path f : javaFiles) {
      byDir.computeIfAbsent(f.getParent(), k -> new ArrayList<>()).add(f);
    }
    Set<Path> roots = new LinkedHashSet<>();
    for (Map.Entry<Path, List<Path>> e : byDir.entrySet()) {
      Path dir = e.getKey();
      Map<Path, Integer> votes = new HashMap<>();
      for (Path f : e.getValue()) {
        Optional<String> pkg = JavaPackageReader.packageOf(f);
        if (pkg.isEmpty()) {
          continue;
        }
        stripPackage(base, dir, pkg.get()).ifPresent(r -> votes.merge(r, 1, Integer::sum));
      }
      Path root =
          votes.entrySet().stream()
              .max(
                  Comparator.<Map.Entry<Path, Integer>>comparingInt(Map.Entry::getValue)
                      .thenComparing(v -> -v.getKey().getNameCount()))
              .map(Map.Entry::getKey)
              .orElse(dir);
      roots.add(root);
    }
    return roots;
  }

  /** {@code dir} minus the package's segments, if they are its trailing segments below base. */
  static Optional<Path> stripPackage(Path base, Path dir, String pkg) {
    if (pkg.isEmpty()) {
      return Optional.of(dir);
    }
    String[] segments = pkg.split("\\.");
    Path rel = base.relativize(dir);
    int n = rel.toString().isEmpty() ? 0 : rel.getNameCount();
    if (segments.length > n) {
      return Optional.empty();
    }
    for (int i = 0; i < segments.length; i++) {
      if (!rel.getName(n - segments.length + i).toString().equals(segments[i])) {
        return Optional.empty();
      }
    }
    Path root = dir;
    for (int i = 0; i < segments.length; i++) {
      root = root.getParent();
    }
    return Optional.of(root);
  }

  /** {@code child} relative to {@code root} with '/' separators, {@code "."} when equal. */
  static String relativeName(Path root, Path child) {
    Path rel = root.relativize(child);
    String s = rel.toString().replace(rel.getFileSystem().getSeparator(), "/");
    return s.isEmpty() ? "." : s;
  }
}
