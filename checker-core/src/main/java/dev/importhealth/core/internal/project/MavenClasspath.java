package dev.importhealth.core.internal.project;

import dev.importhealth.core.model.Module;
import dev.importhealth.core.model.Project;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The test classpath of every module, asked of Maven itself ({@code dependency:build-classpath})
 * and cached under {@code .import-health/cache/} until a pom changes. Running the build tool is
 * the only way to get its answer exactly; nothing of the project is executed by import-health.
 */
public final class MavenClasspath {

  static final String OUTPUT = "target/import-health.classpath";
  static final String CACHE = ".import-health/cache/maven-classpath.txt";
  /** First line of the cache; a file without it (an older format, or garbage) is not read. */
  private static final String CACHE_HEADER = "import-health maven classpath, per module, v2";
  /** Starts a module's section; absolute paths never start with it. */
  private static final String MODULE_LINE = "module\t";
  private static final long TIMEOUT_MINUTES = 10;

  /**
   * @param all every module's entries together, each once, in module order
   * @param byModule each module's own test classpath, by module name; a module Maven wrote no
   *     classpath for is missing
   */
  public record Resolved(List<Path> all, Map<String, List<Path>> byModule) {

    /** The project with every module that has a resolved classpath carrying it. */
    public Project applyTo(Project project) {
      List<Module> modules = project.modules().stream()
          .map(m -> byModule.containsKey(m.name())
              ? new Module(m.name(), m.directory(), m.sourceRoots(), m.outputDirectories(), m.pendingGeneration(),
                  m.resourceRoots(), m.testBuild(), Optional.of(byModule.get(m.name())))
              : m)
          .toList();
      return new Project(project.root(), project.buildSystem(), modules, project.otherLanguageSourceFiles());
    }
  }

  private MavenClasspath() {}

  public static Resolved resolve(Project project) throws IOException {
    Path cache = project.root().resolve(CACHE);
    String key = pomHash(project);
    Optional<Map<String, List<Path>>> cached = readCache(cache, key);
    if (cached.isPresent()) {
      return resolved(cached.get());
    }
    runMaven(project.root());
    Map<String, List<Path>> byModule = readOutputs(project);
    writeCache(cache, key, byModule);
    return resolved(byModule);
  }

  private static Resolved resolved(Map<String, List<Path>> byModule) {
    Set<Path> all = new LinkedHashSet<>();
    byModule.values().forEach(all::addAll);
    return new Resolved(List.copyOf(all), byModule);
  }

  /** What Maven wrote for each module; entries that do not exist are left out. */
  static Map<String, List<Path>> readOutputs(Project project) throws IOException {
    Map<String, List<Path>> byModule = new LinkedHashMap<>();
    for (Module module : project.modules()) {
      Path output = module.directory().resolve(OUTPUT);
      if (Files.isRegularFile(output)) {
        Set<Path> entries = new LinkedHashSet<>();
        for (String entry : Files.readString(output, StandardCharsets.UTF_8).strip().split(File.pathSeparator)) {
          if (!entry.isBlank() && Files.exists(Path.of(entry))) {
            entries.add(Path.of(entry).toAbsolutePath().normalize());
          }
        }
        byModule.put(module.name(), List.copyOf(entries));
      }
    }
    return byModule;
  }

  private static void runMaven(Path root) throws IOException {
    Path wrapper = root.resolve("mvnw");
    List<String> command = new ArrayList<>();
    command.add(Files.isExecutable(wrapper) ? wrapper.toString() : "mvn");
    command.addAll(List.of("-q", "-B", "dependency:build-classpath", "-Dmdep.includeScope=test",
        "-Dmdep.outputFile=" + OUTPUT));
    Path log = Files.createTempFile("import-health-mvn", ".log");
    try {
      Process process = new ProcessBuilder(command).directory(root.toFile())
          .redirectErrorStream(true).redirectOutput(log.toFile()).start();
      if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IOException("'" + String.join(" ", command) + "' did not finish in " + TIMEOUT_MINUTES + " minutes");
      }
      if (process.exitValue() != 0) {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        String tail = String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
        throw new IOException("'" + String.join(" ", command) + "' failed with exit code " + process.exitValue()
            + "; in a multi-module build, run 'mvn install -DskipTests' once first, or pass --classpath.\n" + tail);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while running Maven", e);
    } finally {
      Files.deleteIfExists(log);
    }
  }

  /** A change to any pom can change the classpath. */
  static String pomHash(Project project) throws IOException {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (Module module : project.modules()) {
        Path pom = module.directory().resolve("pom.xml");
        if (Files.isRegularFile(pom)) {
          digest.update(pom.toAbsolutePath().toString().getBytes(StandardCharsets.UTF_8));
          digest.update(Files.readAllBytes(pom));
        }
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /**
   * The cached classpaths when the cache was written for these poms, is whole, and every entry
   * still exists (a cleaned local repository must be resolved again); otherwise empty, and the
   * cache is simply written anew.
   */
  static Optional<Map<String, List<Path>>> readCache(Path cache, String key) {
    List<String> lines;
    try {
      lines = Files.readAllLines(cache, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return Optional.empty();
    }
    if (lines.size() < 2 || !lines.get(0).equals(CACHE_HEADER) || !lines.get(1).equals(key)) {
      return Optional.empty();
    }
    Map<String, List<Path>> byModule = new LinkedHashMap<>();
    List<Path> current = null;
    for (String line : lines.subList(2, lines.size())) {
      if (line.startsWith(MODULE_LINE)) {
        current = new ArrayList<>();
        byModule.put(line.substring(MODULE_LINE.length()), current);
        continue;
      }
      Optional<Path> entry = existingPath(line);
      if (current == null || entry.isEmpty()) {
        return Optional.empty();
      }
      current.add(entry.get());
    }
    Map<String, List<Path>> out = new LinkedHashMap<>();
    byModule.forEach((module, entries) -> out.put(module, List.copyOf(entries)));
    return Optional.of(out);
  }

  private static Optional<Path> existingPath(String line) {
    try {
      Path p = Path.of(line);
      return p.isAbsolute() && Files.exists(p) ? Optional.of(p) : Optional.empty();
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
  }

  /** Written whole or not at all, so a concurrent or interrupted run never sees half a file. */
  static void writeCache(Path cache, String key, Map<String, List<Path>> byModule) throws IOException {
    Files.createDirectories(cache.getParent());
    Path temporary = Files.createTempFile(cache.getParent(), "maven-classpath", ".tmp");
    List<String> lines = new ArrayList<>();
    lines.add(CACHE_HEADER);
    lines.add(key);
    byModule.forEach((module, entries) -> {
      lines.add(MODULE_LINE + module);
      entries.forEach(e -> lines.add(e.toString()));
    });
    try {
      Files.write(temporary, lines, StandardCharsets.UTF_8);
      Files.move(temporary, cache, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
