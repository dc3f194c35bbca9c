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
import dev.importhealth.rules.internal.classpath.ProjectClasspath;
import dev.importhealth.rules.internal.classpath.SourceClass;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
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

  @Override
  public void check(ProjectContext context) {
    ClassLibrary classes = context.classes();
    Map<String, List<SourceClass>> sources = new TreeMap<>();
    for (FileContext file : context.files()) {
      String pkg = file.unit().getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
      if (isJdk(classes, pkg)) {
        continue; // stubs of JDK classes: javac takes the platform's own (the engine never judges them)
      }
      for (TypeDeclaration<?> type : file.unit().getTypes()) {
        String name = pkg.isEmpty() ? type.getNameAsString() : pkg + "." + type.getNameAsString();
        sources.computeIfAbsent(name, n -> new ArrayList<>()).add(new SourceClass(name, file, type));
      }
    }
    ProjectClasspath classpath = ProjectClasspath.of(context, classes, sources);
    sources.values().forEach(declared -> checkSources(context, classpath, declared));
    checkJars(context, classpath);
  }

  private static boolean isJdk(ClassLibrary classes, String pkg) {
    return pkg.equals("java") || pkg.startsWith("java.") || classes.isJdkPackage(pkg);
  }

  /** Two source files of one class, and a source class that a jar on its module's classpath also holds. */
  private static void checkSources(ProjectContext context, ProjectClasspath classpath, List<SourceClass> declared) {
    declared.sort(Comparator.comparing(d -> d.file().file().path()));
    for (SourceClass here : declared) {
      List<String> clashes = new ArrayList<>();
      for (SourceClass other : declared) {
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
  private static void checkJars(ProjectContext context, ProjectClasspath classpath) {
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
      Optional<FileRegion> anchor = ProjectClasspath.buildFileRegion(module);
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
  private static boolean isReleaseSpecific(SourceClass declared) {
    Path name = declared.file().file().root().directory().getFileName();
    return name != null && name.toString().matches(".*\\d.*");
  }

  /** The type's name in its file. */
  private static FileRegion regionOf(SourceClass declared) {
    return declared.file().region(declared.node().getName());
  }

  private static String relative(ProjectContext context, SourceClass declared) {
    return context.project().root().relativize(declared.file().file().path()).toString().replace('\\', '/');
  }


}
