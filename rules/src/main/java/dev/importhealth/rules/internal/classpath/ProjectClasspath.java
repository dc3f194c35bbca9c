package dev.importhealth.rules.internal.classpath;

import dev.importhealth.core.api.FileRegion;
import dev.importhealth.core.api.ProjectContext;
import dev.importhealth.core.index.ClassLibrary;
import dev.importhealth.core.model.Module;
import dev.importhealth.core.model.SourceScope;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The run's classpath as far as duplicates go (IH404): which entries are the project's own build (its
 * output directories, or a jar most of whose classes the project's sources declare), which module
 * depends on which, and which classpath each module has.
 */
public final class ProjectClasspath {

  private static final String JDK = "jrt:/";

  private final ProjectContext context;
  private final ClassLibrary classes;
  private final Set<String> ownBuild = new HashSet<>();
  private final Map<String, String> buildOf = new HashMap<>(); // entry -> module it is a build of
  private final Map<String, Module> modules = new LinkedHashMap<>();
  private final Map<String, Map<String, Integer>> positions = new HashMap<>(); // module -> entry -> index
  private final List<String> libraryClasses = new ArrayList<>();
  private final boolean perModule;

  private ProjectClasspath(ProjectContext context, ClassLibrary classes) {
    this.context = context;
    this.classes = classes;
    context.project().modules().forEach(m -> modules.put(m.name(), m));
    this.perModule = modules.values().stream().anyMatch(m -> m.testClasspath().isPresent());
  }

  public static ProjectClasspath of(ProjectContext context, ClassLibrary classes, Map<String, List<SourceClass>> sources) {
    ProjectClasspath classpath = new ProjectClasspath(context, classes);
    for (Module module : context.project().modules()) {
      module.outputDirectories().forEach(d -> {
        String entry = d.toAbsolutePath().normalize().toString();
        classpath.ownBuild.add(entry);
        classpath.buildOf.put(entry, module.name());
      });
    }
    // One pass over the listing: every top-level class of a package some entry (not the JDK) holds.
    Map<String, int[]> counts = new HashMap<>(); // entry -> [top-level classes, of them declared in sources]
    Map<String, Map<String, Integer>> sourceModules = new HashMap<>(); // entry -> module -> classes
    for (String pkg : new TreeSet<>(classes.packages())) {
      if (classes.isJdkPackage(pkg)) {
        continue;
      }
      for (String name : classes.classesIn(pkg)) {
        if (name.indexOf('$') >= 0) {
          continue;
        }
        List<String> entries = classes.entriesDeclaring(name).stream().filter(e -> !e.startsWith(JDK)).distinct()
            .toList();
        List<SourceClass> declared = sources.getOrDefault(name, List.of());
        for (String entry : entries) {
          int[] count = counts.computeIfAbsent(entry, e -> new int[2]);
          count[0]++;
          if (!declared.isEmpty()) {
            count[1]++;
            declared.stream().filter(d -> d.scope() == SourceScope.MAIN).findFirst().ifPresent(d ->
                sourceModules.computeIfAbsent(entry, e -> new HashMap<>()).merge(d.module(), 1, Integer::sum));
          }
        }
        if (!entries.isEmpty()) {
          classpath.libraryClasses.add(name);
        }
      }
    }
    counts.forEach((entry, count) -> {
      if (!classpath.ownBuild.contains(entry) && count[1] * 2 > count[0]) {
        // a jar of the project itself (a sibling module installed in ~/.m2): its classes are the sources'
        classpath.ownBuild.add(entry);
        sourceModules.getOrDefault(entry, Map.of()).entrySet().stream().max(Map.Entry.comparingByValue())
            .ifPresent(m -> classpath.buildOf.put(entry, m.getKey()));
      }
    });
    for (Module module : context.project().modules()) {
      module.testClasspath().ifPresent(entries -> {
        Map<String, Integer> index = new HashMap<>();
        for (Path entry : entries) {
          index.putIfAbsent(entry.toAbsolutePath().normalize().toString(), index.size());
        }
        classpath.positions.put(module.name(), index);
      });
    }
    return classpath;
  }

  public List<String> libraryClasses() {
    return libraryClasses;
  }

  public Module module(String name) {
    return modules.get(name);
  }

  /** Whether {@code module}'s resolved classpath holds {@code other}'s build. */
  public boolean dependsOn(String module, String other) {
    Map<String, Integer> index = positions.get(module);
    return index != null && buildOf.entrySet().stream()
        .anyMatch(e -> e.getValue().equals(other) && index.containsKey(e.getKey()));
  }

  /** The entries other than the JDK and the project's own build that hold the class, in classpath order. */
  public List<String> libraryEntries(String name) {
    return classes.entriesDeclaring(name).stream().filter(e -> !e.startsWith(JDK) && !ownBuild.contains(e))
        .distinct().toList();
  }

  /** The library entries holding a source class that can meet it: those on its module's classpath. */
  public List<String> libraryEntries(SourceClass declared) {
    List<String> entries = libraryEntries(declared.name());
    if (!perModule) {
      return entries; // one classpath for the whole project: it is the one the module compiles against
    }
    Map<String, Integer> index = positions.get(declared.module());
    return index == null ? List.of() : entries.stream().filter(index::containsKey).toList();
  }

  /**
   * The modules whose classpath is known: each with a resolved one, or else the project's only
   * module (then the run's classpath is its classpath); a multi-module project given one joined
   * classpath has none, as two jars there may come from modules that never share a classpath.
   */
  public List<Module> modulesWithKnownClasspath() {
    if (perModule) {
      return modules.values().stream().filter(m -> positions.containsKey(m.name())).toList();
    }
    List<Module> withSources = modules.values().stream().filter(m -> !m.sourceRoots().isEmpty()).toList();
    return withSources.size() == 1 ? withSources : List.of();
  }

  /** The entries on the module's classpath, in its order. */
  public List<String> order(Module module, List<String> entries) {
    Map<String, Integer> index = positions.get(module.name());
    if (index == null) {
      return entries; // the run's classpath, whose order entriesDeclaring keeps
    }
    return entries.stream().filter(index::containsKey).sorted(Comparator.comparing(index::get)).toList();
  }

  /** A jar by its file name, a directory relative to the project when inside it. */
  public String display(String entry) {
    Path path = Path.of(entry);
    Path root = context.project().root().toAbsolutePath().normalize();
    if (Files.isDirectory(path)) {
      return path.startsWith(root) ? root.relativize(path).toString().replace('\\', '/') : entry;
    }
    return path.getFileName() == null ? entry : path.getFileName().toString();
  }

  /** The module's build file, at the line that opens its dependencies (line 1 when there is none). */
  public static Optional<FileRegion> buildFileRegion(Module module) {
    for (String name : List.of("pom.xml", "build.gradle", "build.gradle.kts")) {
      Path file = module.directory().resolve(name);
      if (!Files.isRegularFile(file)) {
        continue;
      }
      List<String> lines;
      try {
        lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      } catch (IOException | java.io.UncheckedIOException e) {
        lines = List.of();
      }
      int line = 1;
      for (int i = 0; i < lines.size(); i++) {
        String text = lines.get(i).strip();
        if (text.startsWith("<dependencies>") || text.startsWith("dependencies {") || text.equals("dependencies{")) {
          line = i + 1;
          break;
        }
      }
      return Optional.of(FileRegion.ofLine(file.toAbsolutePath().normalize(), line, lines.isEmpty() ? "" : lines.get(line - 1)));
    }
    return Optional.empty();
  }
}
