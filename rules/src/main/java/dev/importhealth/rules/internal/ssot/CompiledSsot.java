package dev.importhealth.rules.internal.ssot;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import dev.importhealth.core.api.FileRegion;
import dev.importhealth.core.api.ProjectContext;
import dev.importhealth.core.model.Module;
import dev.importhealth.core.structure.Structures;
import dev.importhealth.core.structure.TypeView;
import dev.importhealth.rules.archunit.SsotRules;
import dev.importhealth.rules.archunit.SsotViolation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;

/**
 * The {@code ssot:} registry's ArchUnit rules ({@link SsotRules}) run on the classes the build has
 * compiled ({@code target/classes} and the like; ArchUnit reads class files and never initialises
 * a class), for the classes that have no Java source in the project: Kotlin, Groovy, Scala. Each
 * violation is placed in the source file its class names (or, failing that, the file of the
 * class's simple name in its package's directory), at the line the class file records or, where it
 * records none, the line that declares the class: never line 0. Java classes are judged from their
 * sources by IH401 and IH402 themselves.
 */
public final class CompiledSsot {

  /** A violation and where in a source file it is reported. */
  public record Located(SsotViolation violation, FileRegion at, Path sourceFile) {}

  private static final Map<Structures, List<Located>> PER_RUN = Collections.synchronizedMap(new WeakHashMap<>());
  private static final boolean ARCHUNIT_PRESENT = archUnitPresent();
  private static final List<String> OTHER_LANGUAGES = List.of(".kt", ".groovy", ".scala", ".java");

  private CompiledSsot() {}

  /** Empty when ArchUnit, an optional dependency of the rules, is not on import-health's own classpath. */
  public static List<Located> of(ProjectContext context) {
    if (!ARCHUNIT_PRESENT) {
      return List.of();
    }
    return PER_RUN.computeIfAbsent(context.structures(), s -> compute(context));
  }

  private static boolean archUnitPresent() {
    try {
      Class.forName("com.tngtech.archunit.core.importer.ClassFileImporter", false, CompiledSsot.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  private static List<Located> compute(ProjectContext context) {
    List<ArchRule> rules = SsotRules.forRegistry(context.config().ssot());
    List<Path> classDirectories = context.project().modules().stream().map(Module::outputDirectories)
        .flatMap(List::stream).filter(Files::isDirectory).toList();
    if (rules.isEmpty() || classDirectories.isEmpty()) {
      return List.of();
    }
    JavaClasses classes = new ClassFileImporter().importPaths(classDirectories);
    List<Located> located = new ArrayList<>();
    for (ArchRule rule : rules) {
      for (SsotViolation violation : SsotRules.violations(rule.allowEmptyShould(true).evaluate(classes))) {
        if (!hasJavaSource(context, violation.className())) {
          locate(context, violation).ifPresent(located::add);
        }
      }
    }
    return List.copyOf(located);
  }

  private static boolean hasJavaSource(ProjectContext context, String binaryName) {
    return context.structures().type(binaryName).filter(TypeView::isFromSource).isPresent();
  }

  private static Optional<Located> locate(ProjectContext context, SsotViolation violation) {
    String binary = violation.className();
    String topLevel = binary.contains("$") ? binary.substring(0, binary.indexOf('$')) : binary;
    String packagePath = topLevel.contains(".") ? topLevel.substring(0, topLevel.lastIndexOf('.')).replace('.', '/') : "";
    String simple = topLevel.substring(topLevel.lastIndexOf('.') + 1);
    List<String> candidates = new ArrayList<>();
    violation.sourceFileName().ifPresent(candidates::add);
    OTHER_LANGUAGES.forEach(extension -> candidates.add(simple + extension));
    for (String name : candidates) {
      for (Path file : context.project().otherLanguageSourceFiles()) {
        String path = file.toString().replace('\\', '/');
        if (path.endsWith("/" + (packagePath.isEmpty() ? "" : packagePath + "/") + name)) {
          return region(file, violation, simple).map(at -> new Located(violation, at, file));
        }
      }
    }
    return Optional.empty(); // no source to show it in: GitHub would not display it anyway
  }

  /** The recorded line, or the first line that declares the class, or the first naming it. */
  private static Optional<FileRegion> region(Path file, SsotViolation violation, String simpleName) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return Optional.empty();
    }
    int line = violation.line();
    if (line < 1 || line > lines.size()) {
      line = findLine(lines, "(class|object|interface|trait)\\s+" + simpleName + "\\b")
          .or(() -> findLine(lines, "\\b" + simpleName + "\\b")).orElse(1);
    }
    return Optional.of(FileRegion.ofLine(file.toAbsolutePath().normalize(), line, lines.isEmpty() ? "" : lines.get(line - 1)));
  }

  private static Optional<Integer> findLine(List<String> lines, String regex) {
    java.util.regex.Pattern pattern = java.util.regex.Pattern.compile(regex);
    for (int i = 0; i < lines.size(); i++) {
      if (pattern.matcher(lines.get(i)).find()) {
        return Optional.of(i + 1);
      }
    }
    return Optional.empty();
  }
}
