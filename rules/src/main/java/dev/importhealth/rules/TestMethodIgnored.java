package dev.importhealth.rules;

import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.nodeTypes.NodeWithSimpleName;
import dev.importhealth.core.api.CheckerRule;
import dev.importhealth.core.api.FileContext;
import dev.importhealth.core.api.FileRule;
import dev.importhealth.core.api.Severity;
import dev.importhealth.core.index.TypeRef;
import dev.importhealth.core.structure.AnnotationUse;
import dev.importhealth.core.structure.MethodView;
import dev.importhealth.core.structure.TypeView;
import dev.importhealth.core.structure.Visibility;
import dev.importhealth.rules.internal.fixtures.Annotations;
import dev.importhealth.rules.internal.fixtures.DeclaredTypes;
import dev.importhealth.rules.internal.fixtures.FrameworkNames;
import dev.importhealth.rules.internal.fixtures.FrameworkVersion;
import dev.importhealth.rules.internal.fixtures.Tri;
import dev.importhealth.rules.internal.fixtures.jupiter.JupiterTests;
import java.util.List;
import java.util.Optional;

/**
 * Jupiter test methods the engine never runs: private or static ones, {@code @TestFactory}
 * methods returning {@code void}, {@code @Test}/{@code @TestTemplate} methods returning a value
 * (JUnit up to 6.0), and test methods in an inner class without {@code @Nested}. JUnit 5.13+
 * logs a discovery warning for these; older versions skip them without a word.
 */
@CheckerRule(
    id = "IH503",
    name = "test-method-ignored",
    severity = Severity.WARNING,
    summary = "Test method that JUnit Jupiter never runs",
    help = "Make the method non-private and non-static, return void from @Test and @ParameterizedTest methods "
        + "and a stream or collection of dynamic tests from @TestFactory methods, and annotate inner test "
        + "classes with @Nested.",
    tags = {"correctness", "junit"})
public final class TestMethodIgnored implements FileRule {

  private static final String NEVER_RUNS = "JUnit Jupiter never runs it, and no test fails";

  @Override
  public void check(FileContext context) {
    Annotations annotations = new Annotations(context.structures());
    for (TypeDeclaration<?> declaration : DeclaredTypes.of(context.unit())) {
      Optional<TypeView> type = context.structures().declared(declaration);
      if (type.isEmpty()) {
        continue;
      }
      boolean hasTests = false;
      for (MethodView method : type.get().methods()) {
        if (!method.isConstructor() && JupiterTests.isTestMethod(annotations, method) == Tri.YES) {
          hasTests = true;
          checkMethod(context, annotations, method);
        }
      }
      if (hasTests && neverDiscovered(context, annotations, type.get())) {
        context.report(declaration.getName(), "Class '" + type.get().simpleName() + "' has test methods but is an "
            + "inner class without @Nested: " + NEVER_RUNS.replace(" it,", " them,") + " (JUnit 5.13+ logs \"Test "
            + "class '" + type.get().binaryName() + "' must not be an inner class unless annotated with @Nested. "
            + "It will not be executed.\"). Annotate it with @Nested.");
      }
    }
  }

  /** Why the engine skips a method: its discovery warning's condition, our wording, and the fix. */
  private record Skipped(String condition, String what, String fix) {}

  private static void checkMethod(FileContext context, Annotations annotations, MethodView method) {
    Optional<Skipped> skipped = skipped(context, annotations, method);
    if (skipped.isEmpty() || method.node().isEmpty()) {
      return;
    }
    // JUnit names the annotation its predicate looks for, which a composed one carries
    String base = annotations.has(method.annotations(), FrameworkNames.TEST) == Tri.YES ? "Test"
        : annotations.has(method.annotations(), FrameworkNames.TEST_TEMPLATE) == Tri.YES ? "TestTemplate"
        : "TestFactory";
    context.report(((NodeWithSimpleName<?>) method.node().get()).getName(), "@" + label(method) + " method '"
        + method.name() + "' " + skipped.get().what() + ": " + NEVER_RUNS + " (JUnit 5.13+ logs \"@" + base
        + " method '...' " + skipped.get().condition() + ". It will not be executed.\"). " + skipped.get().fix());
  }

  private static Optional<Skipped> skipped(FileContext context, Annotations annotations, MethodView method) {
    if (method.visibility() == Visibility.PRIVATE) {
      return Optional.of(new Skipped("must not be private", "is private", "Remove 'private'."));
    }
    if (method.isStatic()) {
      return Optional.of(new Skipped("must not be static", "is static", "Remove 'static'."));
    }
    Tri test = annotations.has(method.annotations(), FrameworkNames.TEST)
        .or(annotations.has(method.annotations(), FrameworkNames.TEST_TEMPLATE));
    Tri factory = annotations.has(method.annotations(), FrameworkNames.TEST_FACTORY);
    boolean isVoid = method.returnType() instanceof TypeRef.Primitive p && p.keyword().equals("void")
        && p.arrayDimensions() == 0;
    if (isVoid && factory == Tri.YES && test == Tri.NO) {
      return Optional.of(new Skipped("must return a single DynamicNode or a Stream, Collection, Iterable, Iterator, "
          + "or array of DynamicNode", "returns void", "Return the dynamic tests, e.g. a Stream<DynamicTest>."));
    }
    if (!isVoid && !(method.returnType() instanceof TypeRef.Unknown) && test == Tri.YES && factory == Tri.NO
        && returnedValuesNeverRun(context)) {
      return Optional.of(new Skipped("must not return a value", "returns a value", "Return void."));
    }
    return Optional.empty();
  }

  /**
   * Up to JUnit 6.0 a value-returning {@code @Test} is skipped; later versions run it when an
   * asynchronous return-value handler supports its type, so an unknown version is not judged.
   */
  private static boolean returnedValuesNeverRun(FileContext context) {
    Optional<FrameworkVersion> version = FrameworkVersion.onTestClasspath(context.module(), "junit-jupiter-engine")
        .or(() -> FrameworkVersion.of(context.structures(), FrameworkNames.TEST));
    return version.map(TestMethodIgnored::skipsValueReturningTests).orElse(false);
  }

  static boolean skipsValueReturningTests(FrameworkVersion version) {
    return !version.atLeast(6, 1);
  }

  /** An inner class Jupiter never instantiates: only {@code @Nested} ones are, and a subclass may be. */
  private static boolean neverDiscovered(FileContext context, Annotations annotations, TypeView type) {
    return type.isInner() && !type.isAbstract() && type.complete()
        && annotations.has(type.annotations(), FrameworkNames.NESTED) == Tri.NO
        && context.structures().sourceSubtypes(type.binaryName()).isEmpty();
  }

  /** The test annotation as written, for messages: {@code Test}, {@code ParameterizedTest}, a composed one. */
  private static String label(MethodView method) {
    List<String> known = List.of(FrameworkNames.TEST, FrameworkNames.PARAMETERIZED_TEST, FrameworkNames.REPEATED_TEST,
        FrameworkNames.TEST_FACTORY, FrameworkNames.TEST_TEMPLATE);
    return method.annotations().stream().map(AnnotationUse::typeName).filter(known::contains).findFirst()
        .or(() -> method.annotations().stream().map(AnnotationUse::typeName).findFirst())
        .map(name -> name.substring(Math.max(name.lastIndexOf('.'), name.lastIndexOf('$')) + 1))
        .orElse("Test");
  }
}
