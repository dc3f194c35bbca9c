package dev.importhealth.core.internal.cache;

import dev.importhealth.core.engine.CheckRequest;
import dev.importhealth.core.internal.project.SourceLocator;
import dev.importhealth.core.model.Module;
import dev.importhealth.core.model.Project;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A SHA-256 of everything a check's result can depend on, computed on every run, so that a result
 * is reused only when none of it changed. Java sources count by the digest the engine made while
 * reading them; every other file by its stamps ({@link FileStamps}), never by reading it. Compute
 * it before the analysis reads the other files: one that changes in between leaves its result
 * under a fingerprint no later run computes. A result is written only under a {@linkplain
 * Fingerprint#settled() settled} fingerprint.
 *
 * <p>Covered: the tool version; the JDK ({@code java.home}, version, vendor); today's date (IH201
 * calls a migration overdue by it); the project root and the project as discovered, which also
 * covers what discovery read outside the tree (published parent poms in the local Maven
 * repository, {@code settings.xml}); the report paths, the {@code changed} list and whether Maven gave
 * the classpath; the configuration file by content; the resolved classpath in order, a jar by
 * size and modification time, a directory by those of every file in it; the Java files by digest;
 * every other file below the project root by size, modification and change time and inode, and
 * every directory by its existence, likewise below module directories, source roots and resource
 * roots that lie outside the root or inside skipped directories; the commit checked out ({@link
 * GitState}).
 *
 * <p>Not walked: {@code .git}, {@code .gradle}, {@code .idea} and {@code .m2} directories (tool
 * state nothing here reads; a jar from {@code .m2} counts as a classpath entry), the cache
 * directory, and build output by name and place ({@link SourceLocator#isBuildOutput}; its classes
 * count as classpath entries, its generated sources as Java files). Not covered: files outside
 * the tree beyond those named here (published parent poms count only through what discovery made
 * of them, which is all that is read of them today); the {@code git} program and its global
 * configuration; the contents of directories reached through symbolic links; a file rewritten
 * with all its stamps kept (a class file: its size and modification time).
 */
public final class InputFingerprint {

  /** Directories of other tools that change by themselves and that nothing in a check reads. */
  private static final Set<String> TOOL_STATE = Set.of(".git", ".gradle", ".idea", ".m2");

  private InputFingerprint() {}

  public static Fingerprint of(ResultInputs inputs) {
    return of(inputs, Instant.now(), LocalDate.now());
  }

  static Fingerprint of(ResultInputs inputs, Instant now, LocalDate today) {
    Digests digest = new Digests().field("import-health result inputs 1").field(inputs.toolVersion());
    for (String property : List.of("java.home", "java.version", "java.runtime.version", "java.vm.vendor")) {
      digest.field(property).field(String.valueOf(System.getProperty(property)));
    }
    digest.field("today").field(today.toString());
    Project project = inputs.project();
    Path root = normalise(project.root());
    digest.field("root").field(root.toString()).field("project").field(Canonical.of(project));
    request(inputs.request(), digest);
    digest.field("config").field(inputs.configFile().map(InputFingerprint::content).orElse("none"));
    FileStamps classpath = new FileStamps(digest, now, false);
    for (Path entry : inputs.classpath()) {
      digest.field("classpath entry");
      classpath.walk(normalise(entry));
    }
    digest.field("java files");
    inputs.javaFiles().entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.comparing(Path::toString)))
        .forEach(file -> digest.field(file.getKey().toString()).field(file.getValue()));
    digest.field("files");
    FileStamps tree = new FileStamps(digest, now, true);
    Predicate<Path> skip = skippedDirectories(inputs);
    Predicate<Path> digested = inputs.javaFiles()::containsKey;
    // the first write makes the directories that hold the cache: that must not miss the next run
    Set<Path> holdingCache = new HashSet<>();
    inputs.cacheDirectory().filter(cache -> cache.startsWith(root)).ifPresent(cache -> {
      for (Path dir = cache.getParent(); dir != null && !dir.equals(root); dir = dir.getParent()) {
        holdingCache.add(dir);
      }
    });
    tree.walk(root, skip, digested, holdingCache::contains);
    for (Path other : otherTrees(project)) {
      if (!covered(root, other, skip)) {
        digest.field("outside").field(other.toString());
        tree.walk(other, skip, digested, holdingCache::contains);
      }
    }
    FileStamps git = new FileStamps(digest, now, true);
    GitState.describe(root, git, digest);
    return new Fingerprint(digest.hex(), classpath.settled() && tree.settled() && git.settled());
  }

  private static void request(CheckRequest request, Digests digest) {
    digest.field("report paths").field(request.reportPaths().size());
    request.reportPaths().stream().map(p -> normalise(p).toString()).sorted().forEach(digest::field);
    digest.field("changed").field(request.changed().map(List::size).orElse(-1));
    request.changed().orElse(List.of()).stream().map(p -> normalise(p).toString()).sorted().forEach(digest::field);
    digest.field("maven classpath").field(String.valueOf(request.mavenClasspath()));
    // which users of a changed file are rechecked depends on the base; HEAD's commit is in GitState
    digest.field("base").field(request.base().orElse("HEAD"));
  }

  private static Predicate<Path> skippedDirectories(ResultInputs inputs) {
    SourceLocator locator = SourceLocator.of(inputs.project());
    Optional<Path> cache = inputs.cacheDirectory();
    return dir -> TOOL_STATE.contains(String.valueOf(dir.getFileName()))
        || cache.filter(dir::equals).isPresent()
        || locator.isBuildOutput(dir);
  }

  /** Places outside the walk of the root that rules and discovery still read. */
  private static List<Path> otherTrees(Project project) {
    List<Path> trees = new ArrayList<>();
    for (Module module : project.modules()) {
      trees.add(normalise(module.directory()));
      module.sourceRoots().forEach(root -> trees.add(normalise(root.directory())));
      module.resourceRoots().forEach(root -> trees.add(normalise(root)));
    }
    return trees;
  }

  /** Whether the walk of {@code root} reaches {@code path}. */
  private static boolean covered(Path root, Path path, Predicate<Path> skip) {
    if (!path.startsWith(root)) {
      return false;
    }
    for (Path dir = path; !dir.equals(root); dir = dir.getParent()) {
      if (skip.test(dir)) {
        return false;
      }
    }
    return true;
  }

  private static String content(Path file) {
    try {
      return normalise(file) + " " + Digests.hex(Digests.sha256(Files.readAllBytes(file)));
    } catch (IOException | RuntimeException e) {
      return normalise(file) + " unreadable";
    }
  }

  private static Path normalise(Path path) {
    return path.toAbsolutePath().normalize();
  }
}
