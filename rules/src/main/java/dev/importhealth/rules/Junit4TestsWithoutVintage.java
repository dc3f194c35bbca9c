package dev.importhealth.rules;

import com.github.javaparser.ast.body.TypeDeclaration;
import dev.importhealth.core.api.CheckerRule;
import dev.importhealth.core.api.FileContext;
import dev.importhealth.core.api.FileRule;
import dev.importhealth.core.api.Severity;
import dev.importhealth.core.index.TypeKind;
import dev.importhealth.core.model.SourceScope;
import dev.importhealth.core.model.TestBuild;
import dev.importhealth.core.structure.AnnotationUse;
import dev.importhealth.core.structure.TypeView;
import dev.importhealth.rules.internal.fixtures.FrameworkNames;
import dev.importhealth.rules.internal.fixtures.SurefirePatterns;
import dev.importhealth.rules.internal.fixtures.SurefireProvider;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * JUnit 4 test classes in a module whose tests Surefire runs on the JUnit Platform without the
 * Vintage engine: the Jupiter engine ignores {@code org.junit.Test}, so these tests are compiled
 * and never run, and the build stays green. Judged only from the test classpath Maven resolved.
 */
@CheckerRule(
    id = "IH501",
    name = "junit4-tests-without-vintage",
    severity = Severity.WARNING,
    summary = "JUnit 4 tests the JUnit Platform never runs",
    help = "Add org.junit.vintage:junit-vintage-engine as a test dependency, or migrate the class to "
        + "JUnit Jupiter (org.junit.jupiter.api.Test).",
    tags = {"tests", "junit4", "maven"},
    precision = "high")
public final class Junit4TestsWithoutVintage implements FileRule {

  @Override
  public void check(FileContext context) {
    Optional<List<Path>> classpath = context.module().testClasspath();
    TestBuild build = context.module().testBuild();
    if (context.file().scope() != SourceScope.TEST || classpath.isEmpty() || build.surefire().isEmpty()
        || !onlyJupiterCanRunJunit4(classpath.get())) {
      return;
    }
    String path = context.file().root().directory().relativize(context.file().path()).toString().replace('\\', '/');
    if (!SurefirePatterns.anyMatches(build.surefire().get().includes(), path)
        || SurefirePatterns.anyMatches(build.surefire().get().excludes(), path)) {
      return;
    }
    boolean providerKnown = false;
    for (TypeDeclaration<?> declaration : context.unit().getTypes()) {
      Optional<TypeView> type = context.structures().declared(declaration);
      if (type.isEmpty() || type.get().kind() != TypeKind.CLASS || type.get().isAbstract()) {
        continue;
      }
      long tests = junit4Tests(type.get());
      if (tests == 0 || usesJupiter(type.get())) {
        continue;
      }
      if (!providerKnown && !SurefireProvider.platformProviderCertain(context.project())) {
        return;
      }
      providerKnown = true;
      context.report(declaration.getName(), "Test class " + type.get().binaryName() + " has " + tests
          + (tests == 1 ? " JUnit 4 test" : " JUnit 4 tests") + " that never run: the module's test classpath has "
          + "the JUnit Jupiter engine and junit:junit but no junit-vintage-engine, so Surefire runs the JUnit "
          + "Platform, which ignores org.junit.Test. Add org.junit.vintage:junit-vintage-engine (test scope) "
          + "or migrate the class to JUnit Jupiter.");
    }
  }

  private static boolean onlyJupiterCanRunJunit4(List<Path> classpath) {
    List<String> jars = classpath.stream().map(p -> String.valueOf(p.getFileName())).toList();
    return jars.stream().anyMatch(j -> j.startsWith("junit-jupiter-engine-"))
        && jars.stream().anyMatch(j -> j.matches("junit-4\\.\\d+.*\\.jar"))
        && jars.stream().noneMatch(j -> j.startsWith("junit-vintage-engine-"));
  }

  private static long junit4Tests(TypeView type) {
    return type.methods().stream().filter(m -> m.annotations().stream().anyMatch(a -> a.is(FrameworkNames.JUNIT4_TEST)))
        .count();
  }

  /** A class that mixes in any Jupiter annotation is partly a Jupiter class: not this rule's case. */
  private static boolean usesJupiter(TypeView type) {
    Stream<AnnotationUse> all = Stream.of(type.annotations().stream(),
            type.methods().stream().flatMap(m -> m.annotations().stream()),
            type.fields().stream().flatMap(f -> f.annotations().stream()))
        .flatMap(s -> s);
    return all.anyMatch(a -> a.typeName().startsWith("org.junit.jupiter."));
  }
}
