package dev.importhealth.rules;

import com.github.javaparser.ast.body.TypeDeclaration;
import dev.importhealth.core.api.CheckerRule;
import dev.importhealth.core.api.FileContext;
import dev.importhealth.core.api.FileRegion;
import dev.importhealth.core.api.ProjectContext;
import dev.importhealth.core.api.ProjectRule;
import dev.importhealth.core.api.Severity;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * One fully qualified class declared in two places that can meet on one classpath: which copy a
 * class loader picks depends on the classpath's order. Only places known to meet are reported:
 * two modules only when one's resolved classpath holds the other's build, two jars only on one
 * module's classpath (or the only module's). See docs/rules/IH404.md.
 */
@CheckerRule(
    id = "IH404",
    name = "duplicate-class",
    severity = Severity.WARNING,
    summary = "The same fully qualified class is declared in two places on one classpath",
    help = "Keep one copy: delete or rename the other, exclude the duplicate dependency, or move the class to the "
        + "module both use.",
    tags = {"classpath"})
public final class DuplicateClass implements ProjectRule {

  private static final String JDK = "jrt:/";

  /** A top-level type declared in a project source file. */
  private record Declared(String name, FileContext file, TypeDeclaration<?> node) {
    String module() {
      return file.file().module();
    }

    SourceScope scope() {
      return file.file().scope();
    }
  }

  @Override
  public void check(ProjectContext context) {
    ClassLibrary classes = context.classes();
    Map<String, List<Declared>> sources = new TreeMap<>();
    for (FileContext file : context.files()) {
      String pkg = file.unit().getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
      if (isJdk(classes, pkg)) {
        continue; // stubs of JDK classes: javac takes the platform's own (the engine never judges them)
      }
      for (TypeDeclaration<?> type : file.unit().getTypes()) {
        String name = pkg.isEmpty() ? type.getNameAsString() : pkg + "." + type.getNameAsString();
        sources.computeIfAbsent(name, n -> new ArrayList<>()).add(new Declared(name, file, type));
      }
    }
    Classpath classpath = Classpath.of(context, classes, sources);
    sources.values().forEach(declared -> checkSources(context, classpath, declared));
    checkJars(context, classpath);
  }

  private static boolean isJdk(ClassLibrary classes, String pkg) {
    return pkg.equals("java") || pkg.startsWith("java.") || classes.isJdkPackage(pkg);
  }

  /** Two source files of one class, and a source class that a jar on its module's classpath also holds. */
  private static void checkSources(ProjectContext context, Classpath classpath, List<Declared> declared) {
    declared.sort(Comparator.comparing(d -> d.file().file().path()));
    for (Declared here : declared) {
      List<String> clashes = new ArrayList<>();
      for (Declared other : declared) {
        if (other == here || other.file().file().path().equals(here.file().file().path())) {
          continue;
        }
        if (other.module().equals(here.module())) {
          if (other.scope() == SourceScope.MAIN && here.scope() == SourceScope.TEST) {
            clashes.add("the module's main sources (" + relative(context, other) + "), and on the test classpath "
                + "the test copy comes first and wins, so main code run by the tests gets the test copy");
          } else if (other.scope() == here.scope() && declared.indexOf(other) < declared.indexOf(here)
              && !isReleaseSpecific(other) && !isReleaseSpecific(here)) {
            clashes.add(relative(context, other) + ", compiled with it, which javac rejects as a duplicate class");
          }
        } else if (classpath.dependsOn(here.module(), other.module())) {
          clashes.add("module '" + other.module() + "' (" + relative(context, other) + "), whose classes are on this "
              + "module's classpath; this module's copy comes first here, so module '" + other.module()
              + "''s code gets it when it runs in this module");
        }
      }
      List<String> jars = classpath.libraryEntries(here);
      if (!jars.isEmpty()) {
        clashes.add(jars.stream().map(e -> "'" + classpath.display(e) + "'").collect(Collectors.joining(", "))
            + " on the classpath; the module's own classes come first in the build, but a packaged application may "
            + "order them differently, and any difference in members fails at run time");
      }
      if (!clashes.isEmpty()) {
        context.report(regionOf(here), "Class '" + here.name() + "' is also declared in " + String.join("; and in ",
            clashes) + ".", Severity.WARNING);
      }
    }
  }

  /** Two jars (or class directories) on one classpath holding the same classes: only the first one's are used. */
  private static void checkJars(ProjectContext context, Classpath classpath) {
    Map<List<String>, Set<String>> pairs = new LinkedHashMap<>(); // [module, winner, loser] -> classes
    for (String name : classpath.libraryClasses()) {
      List<String> entries = classpath.libraryEntries(name);
      if (entries.size() < 2) {
        continue;
      }
      for (Module module : classpath.modulesWithKnownClasspath()) {
        List<String> order = classpath.order(module, entries);
        for (int i = 1; i < order.size(); i++) {
          pairs.computeIfAbsent(List.of(module.name(), order.get(0), order.get(i)), k -> new TreeSet<>()).add(name);
        }
      }
    }
    pairs.forEach((key, names) -> {
      Module module = classpath.module(key.get(0));
      Optional<FileRegion> anchor = buildFileRegion(module);
      if (anchor.isEmpty()) {
        return; // nowhere a code-scanning view can show it (a plain tree has no build file)
      }
      String winner = classpath.display(key.get(1));
      String loser = classpath.display(key.get(2));
      List<String> sample = names.stream().limit(3).map(n -> "'" + n + "'").toList();
      context.report(anchor.get(), "'" + winner + "' and '" + loser + "' on the classpath of module '" + module.name()
          + "' both hold " + (names.size() == 1 ? "class " : names.size() + " classes (e.g. ") + String.join(", ", sample)
          + (names.size() == 1 ? "" : ")") + "; '" + winner + "' comes first and wins, so '" + loser + "''s copies are "
          + "never used: two versions of one library, or a library and a repackaged copy of it.", Severity.WARNING);
    });
  }

  /** A root of one Java release's variants ({@code src/main/java9}, {@code java-11}): compiled on its own. */
  private static boolean isReleaseSpecific(Declared declared) {
    Path name = declared.file().file().root().directory().getFileName();
    return name != null && name.toString().matches(".*\\d.*");
  }

  /** The type's name in its file. */
  private static FileRegion regionOf(Declared declared) {
    return declared.file().region(declared.node().getName());
  }

  private static String relative(ProjectContext context, Declared declared) {
    return context.project().root().relativize(declared.file().file().path()).toString().replace('\\', '/');
  }

  /** The module's build file, at the line that opens its dependencies (line 1 when there is none). */
  private static Optional<FileRegion> buildFileRegion(Module module) {
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
      String text = lines.isEmpty() ? "" : lines.get(line - 1);
      int start = text.length() - text.stripLeading().length() + 1;
      return Optional.of(new FileRegion(file.toAbsolutePath().normalize(), line, start, line,
          Math.max(start, text.stripTrailing().length() + 1)));
    }
    return Optional.empty();
  }

  /**
   * The run's classpath as far as duplicates go: which entries are the project's own build (its
   * output directories, or a jar most of whose classes the project's sources declare), which module
   * depends on which, and which classpath each module has.
   */
  private static final class Classpath {
    private final ProjectContext context;
    private final ClassLibrary classes;
    private final Set<String> ownBuild = new HashSet<>();
    private final Map<String, String> buildOf = new HashMap<>(); // entry -> module it is a build of
    private final Map<String, Module> modules = new LinkedHashMap<>();
    private final Map<String, Map<String, Integer>> positions = new HashMap<>(); // module -> entry -> index
    private final List<String> libraryClasses = new ArrayList<>();
    private final boolean perModule;

    private Classpath(ProjectContext context, ClassLibrary classes) {
      this.context = context;
      this.classes = classes;
      context.project().modules().forEach(m -> modules.put(m.name(), m));
      this.perModule = modules.values().stream().anyMatch(m -> m.testClasspath().isPresent());
    }

    static Classpath of(ProjectContext context, ClassLibrary classes, Map<String, List<Declared>> sources) {
      Classpath classpath = new Classpath(context, classes);
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
          List<Declared> declared = sources.getOrDefault(name, List.of());
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

    List<String> libraryClasses() {
      return libraryClasses;
    }

    Module module(String name) {
      return modules.get(name);
    }

    /** Whether {@code module}'s resolved classpath holds {@code other}'s build. */
    boolean dependsOn(String module, String other) {
      Map<String, Integer> index = positions.get(module);
      return index != null && buildOf.entrySet().stream()
          .anyMatch(e -> e.getValue().equals(other) && index.containsKey(e.getKey()));
    }

    /** The entries other than the JDK and the project's own build that hold the class, in classpath order. */
    List<String> libraryEntries(String name) {
      return classes.entriesDeclaring(name).stream().filter(e -> !e.startsWith(JDK) && !ownBuild.contains(e))
          .distinct().toList();
    }

    /** The library entries holding a source class that can meet it: those on its module's classpath. */
    List<String> libraryEntries(Declared declared) {
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
    List<Module> modulesWithKnownClasspath() {
      if (perModule) {
        return modules.values().stream().filter(m -> positions.containsKey(m.name())).toList();
      }
      List<Module> withSources = modules.values().stream().filter(m -> !m.sourceRoots().isEmpty()).toList();
      return withSources.size() == 1 ? withSources : List.of();
    }

    /** The entries on the module's classpath, in its order. */
    List<String> order(Module module, List<String> entries) {
      Map<String, Integer> index = positions.get(module.name());
      if (index == null) {
        return entries; // the run's classpath, whose order entriesDeclaring keeps
      }
      return entries.stream().filter(index::containsKey).sorted(Comparator.comparing(index::get)).toList();
    }

    /** A jar by its file name, a directory relative to the project when inside it. */
    String display(String entry) {
      Path path = Path.of(entry);
      Path root = context.project().root().toAbsolutePath().normalize();
      if (Files.isDirectory(path)) {
        return path.startsWith(root) ? root.relativize(path).toString().replace('\\', '/') : entry;
      }
      return path.getFileName() == null ? entry : path.getFileName().toString();
    }
  }
}
