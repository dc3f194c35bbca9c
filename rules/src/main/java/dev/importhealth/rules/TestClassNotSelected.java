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
import dev.importhealth.core.structure.MethodView;
import dev.importhealth.core.structure.TypeView;
import dev.importhealth.rules.internal.fixtures.Annotations;
import dev.importhealth.rules.internal.fixtures.FrameworkNames;
import dev.importhealth.rules.internal.fixtures.ProjectFiles;
import dev.importhealth.rules.internal.fixtures.SurefirePatterns;
import dev.importhealth.rules.internal.fixtures.Tri;
import dev.importhealth.rules.internal.fixtures.jupiter.JupiterTests;
import java.util.List;
import java.util.Optional;

/**
 * A test class whose name no Surefire include selects, nor Failsafe's: {@code mvn test} and
 * {@code mvn verify} compile it and never run it. Surefire selects by name only
 * ({@code **}{@code /*Test.java} and friends by default), so a class named {@code FooCheck} or
 * {@code FooSpec} is silently skipped. The name is the class file's path, {@code com/acme/FooCheck}
 * for {@code com.acme.FooCheck}, wherever its source is and whatever the source file is called:
 * Surefire scans the compiled test classes. {@code SurefireSelectionOracleTest} holds the rule
 * to what real Surefire runs.
 */
@CheckerRule(
    id = "IH502",
    name = "test-class-not-selected",
    severity = Severity.WARNING,
    summary = "Test class the Maven build never runs",
    help = "Rename the class so that a Surefire include matches it (FooTest, FooTests, TestFoo, FooTestCase), "
        + "or add an <include> for its name to the Surefire configuration.",
    tags = {"tests", "maven"},
    precision = "high")
public final class TestClassNotSelected implements FileRule {

  private static final List<String> DEFAULT_EXCLUDES = List.of("**/*$*");

  /** Suites run classes by name or package, whatever the includes say. */
  private static final List<String> SUITE_MARKERS = List.of(
      "org.junit.platform.suite", "SuiteClasses", "org.junit.runners.Suite", "junit.framework.TestSuite");

  private static final List<String> TEST_ANNOTATIONS = List.of(FrameworkNames.JUNIT4_TEST, FrameworkNames.TESTNG_TEST);

  @Override
  public void check(FileContext context) {
    TestBuild build = context.module().testBuild();
    if (context.file().scope() != SourceScope.TEST || context.file().root().generated() || build.surefire().isEmpty()) {
      return;
    }
    for (TypeDeclaration<?> declaration : context.unit().getTypes()) {
      Optional<TypeView> type = context.structures().declared(declaration);
      if (type.isEmpty() || type.get().kind() != TypeKind.CLASS || type.get().isAbstract()) {
        continue;
      }
      long tests = countTests(new Annotations(context.structures()), type.get());
      // Surefire scans the test class files, so the package decides the directory, not the source's
      // location, and a second top-level class in a file is selected by its own name
      String path = type.get().binaryName().replace('.', '/') + ".java";
      if (tests == 0 || selected(context, build, path)) {
        continue;
      }
      List<String> includes = build.surefire().get().includes();
      context.report(declaration.getName(), "Test class " + type.get().binaryName() + " has " + tests
          + (tests == 1 ? " test" : " tests") + " that mvn test never runs: its name " + path
          + " matches none of the Surefire includes " + includes + " nor the Failsafe ones. Rename it "
          + renaming(type.get().simpleName(), includes) + "or add an include for it.");
    }
  }

  /**
   * A name the module's own includes select: {@code **}{@code /*Tests.java} suggests
   * {@code OrderTests}; nothing is suggested when no include is a plain prefix or suffix pattern.
   */
  private static String renaming(String simpleName, List<String> includes) {
    List<String> names = includes.stream()
        .map(include -> include.substring(include.lastIndexOf('/') + 1).replaceFirst("\\.(java|class)$", ""))
        .filter(name -> name.length() > 1 && name.indexOf('?') < 0 && name.chars().filter(c -> c == '*').count() == 1)
        .toList();
    // a suffix reads best (OrderTest); a prefix (TestOrder) only when no include has one
    for (String name : names) {
      if (name.startsWith("*")) {
        return "(e.g. to " + simpleName + name.substring(1) + ") ";
      }
    }
    for (String name : names) {
      if (name.endsWith("*")) {
        return "(e.g. to " + name.substring(0, name.length() - 1) + simpleName + ") ";
      }
    }
    return "";
  }

  /** Selected, possibly selected, or deliberately excluded: all are not this rule's business. */
  private static boolean selected(FileContext context, TestBuild build, String path) {
    TestBuild.Selection surefire = build.surefire().get();
    if (SurefirePatterns.anyMatches(surefire.includes(), path) || excludedOnPurpose(surefire, path)) {
      return true;
    }
    if (build.failsafe().isPresent()) {
      TestBuild.Selection failsafe = build.failsafe().get();
      if (SurefirePatterns.anyMatches(failsafe.includes(), path) || excludedOnPurpose(failsafe, path)) {
        return true;
      }
    } else if (!build.failsafeAbsent()) {
      return true; // Failsafe may run, selecting we know not what
    }
    // another module's Surefire may scan this module's test jar with its own includes
    return !ProjectFiles.filesContaining(context.project(), n -> n.equals("pom.xml"), "pom", "dependenciesToScan").isEmpty()
        || SUITE_MARKERS.stream().anyMatch(marker -> !ProjectFiles.sourcesContaining(context.project(), marker).isEmpty());
  }

  private static boolean excludedOnPurpose(TestBuild.Selection selection, String path) {
    List<String> own = selection.excludes().stream().filter(e -> !DEFAULT_EXCLUDES.contains(e)).toList();
    return SurefirePatterns.anyMatches(own, path);
  }

  /** The class's own test methods; a method whose annotations cannot be read counts as none. */
  private static long countTests(Annotations annotations, TypeView type) {
    return type.methods().stream().filter(method -> isTest(annotations, method)).count();
  }

  private static boolean isTest(Annotations annotations, MethodView method) {
    for (AnnotationUse annotation : method.annotations()) {
      if (TEST_ANNOTATIONS.contains(annotation.typeName())) {
        return true;
      }
    }
    return JupiterTests.isTestMethod(annotations, method) == Tri.YES;
  }
}
