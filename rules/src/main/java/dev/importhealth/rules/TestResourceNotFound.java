package dev.importhealth.rules;

import com.github.javaparser.ast.body.TypeDeclaration;
import dev.importhealth.core.api.CheckerRule;
import dev.importhealth.core.api.FileContext;
import dev.importhealth.core.api.FileRule;
import dev.importhealth.core.api.Severity;
import dev.importhealth.core.structure.AnnotationUse;
import dev.importhealth.core.structure.MethodView;
import dev.importhealth.core.structure.TypeView;
import dev.importhealth.rules.internal.fixtures.AnnotationElements;
import dev.importhealth.rules.internal.fixtures.Annotations;
import dev.importhealth.rules.internal.fixtures.ClasspathResources;
import dev.importhealth.rules.internal.fixtures.DeclaredTypes;
import dev.importhealth.rules.internal.fixtures.FrameworkNames;
import dev.importhealth.rules.internal.fixtures.RuntimeTestClasses;
import dev.importhealth.rules.internal.fixtures.Tri;
import dev.importhealth.rules.internal.fixtures.jupiter.JupiterTests;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * A classpath resource a test names that exists nowhere on the test classpath: {@code
 * @CsvFileSource(resources)}, Spring's {@code @Sql} scripts, {@code @ContextConfiguration} and
 * {@code @TestPropertySource} locations, each resolved as its framework does. Relative names
 * resolve against the runtime test class ({@code @CsvFileSource}, {@code @Sql}) or the declaring
 * class (the Spring context annotations).
 */
@CheckerRule(
    id = "IH306",
    name = "test-resource-not-found",
    severity = Severity.ERROR,
    summary = "Test resource that is on no classpath",
    help = "Add the file under a test resource root at the path in the message, or fix the name: a leading '/' "
        + "starts at the classpath root, anything else is relative to the test class's package.",
    tags = {"correctness", "junit", "spring"},
    precision = "high")
public final class TestResourceNotFound implements FileRule {

  private static final String SPRING_TEST = "org.springframework.test.context.";
  private static final String SQL = SPRING_TEST + "jdbc.Sql";
  private static final String CONTEXT_CONFIGURATION = SPRING_TEST + "ContextConfiguration";
  private static final String TEST_PROPERTY_SOURCE = SPRING_TEST + "TestPropertySource";
  private static final String MISSING = "class path resource [%s] cannot be opened because it does not exist";

  private static boolean namesResources(TypeView type) {
    return AnnotationElements.direct(type.annotations()).stream()
            .anyMatch(a -> a.is(SQL) || locatesContextResources(a))
        || type.methods().stream().flatMap(m -> AnnotationElements.direct(m.annotations()).stream())
            .anyMatch(a -> a.is(FrameworkNames.CSV_FILE_SOURCE) || a.is(SQL));
  }

  @Override
  public void check(FileContext context) {
    Annotations annotations = new Annotations(context.structures());
    for (TypeDeclaration<?> declaration : DeclaredTypes.of(context.unit())) {
      Optional<TypeView> found = context.structures().declared(declaration);
      if (found.isEmpty()) {
        continue;
      }
      TypeView type = found.get();
      if (!namesResources(type)) {
        continue; // most classes: spare the search for runtime subclasses
      }
      List<TypeView> runtime = RuntimeTestClasses.of(context, type);
      for (AnnotationUse annotation : AnnotationElements.direct(type.annotations())) {
        if (annotation.is(SQL)) {
          checkSql(context, annotation, runtime);
        } else if (!runtime.isEmpty() && locatesContextResources(annotation)) {
          // these resolve relative locations against the class that declares the annotation
          for (String element : List.of("locations", "value")) {
            checkStrings(context, annotation, element, List.of(type), ClasspathResources::springLocation,
                (name, path) -> "Spring fails to load the ApplicationContext with \"" + MISSING.formatted(path) + "\"");
          }
        }
      }
      for (MethodView method : type.methods()) {
        for (AnnotationUse annotation : AnnotationElements.direct(method.annotations())) {
          if (annotation.is(FrameworkNames.CSV_FILE_SOURCE)
              && JupiterTests.isParameterized(annotations, method) == Tri.YES) {
            checkStrings(context, annotation, "resources", runtime, ClasspathResources::relativeToClass,
                (name, path) -> "JUnit fails with \"Classpath resource [" + name + "] does not exist\"");
          } else if (annotation.is(SQL) && isTest(annotations, method)) {
            checkSql(context, annotation, runtime);
          }
        }
      }
    }
  }

  private static void checkSql(FileContext context, AnnotationUse sql, List<TypeView> runtime) {
    for (String element : List.of("scripts", "value")) {
      checkStrings(context, sql, element, runtime, ClasspathResources::springLocation,
          (name, path) -> "Spring fails with \"Cannot read SQL script from class path resource [" + path + "]\" caused "
              + "by \"" + MISSING.formatted(path) + "\"");
    }
  }

  /**
   * Reports each string that resolves, for some runtime class, to a resource certainly missing.
   * Relative names depend only on the runtime class's package, so one class per package is asked.
   */
  private static void checkStrings(FileContext context, AnnotationUse annotation, String element,
      List<TypeView> runtimeClasses, BiFunction<String, String, Optional<String>> resolve,
      BiFunction<String, String, String> failure) {
    Optional<List<String>> names = annotation.value(element).flatMap(v -> v.strings());
    for (String name : names.orElse(List.of())) {
      for (TypeView runtime : runtimeClasses) {
        Optional<String> path = resolve.apply(runtime.packageName(), name);
        if (path.isPresent() && ClasspathResources.certainlyMissing(context, path.get())) {
          String message = "'" + name + "' resolves to classpath resource [" + path.get() + "] for test class "
              + runtime.binaryName() + ", which no resource root, output directory or classpath entry holds: at run "
              + "time " + failure.apply(name, path.get()) + ". Add the file at that path under a test resource root, "
              + "or fix the name (a leading '/' starts at the classpath root).";
          AnnotationElements.stringNode(annotation, element, name).ifPresent(node -> context.report(node, message));
          break;
        }
      }
    }
  }

  /** A custom loader may read locations its own way; locations next to classes fail for another reason. */
  private static boolean locatesContextResources(AnnotationUse annotation) {
    return annotation.is(TEST_PROPERTY_SOURCE) || (annotation.is(CONTEXT_CONFIGURATION)
        && annotation.value("loader").isEmpty() && annotation.value("classes").isEmpty());
  }

  /** Spring applies a method-level {@code @Sql} only to test methods, of any framework. */
  private static boolean isTest(Annotations annotations, MethodView method) {
    return JupiterTests.isTestMethod(annotations, method) == Tri.YES
        || method.annotations().stream().anyMatch(a -> a.is(FrameworkNames.JUNIT4_TEST) || a.is(FrameworkNames.TESTNG_TEST));
  }
}
