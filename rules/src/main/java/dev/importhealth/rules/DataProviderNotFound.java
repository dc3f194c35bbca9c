package dev.importhealth.rules;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import dev.importhealth.core.api.CheckerRule;
import dev.importhealth.core.api.FileContext;
import dev.importhealth.core.api.FileRule;
import dev.importhealth.core.api.Severity;
import dev.importhealth.core.semantics.NameSimilarity;
import dev.importhealth.core.structure.AnnotationUse;
import dev.importhealth.core.structure.AnnotationValue;
import dev.importhealth.core.structure.MethodView;
import dev.importhealth.core.structure.TypeView;
import dev.importhealth.rules.internal.fixtures.DeclaredTypes;
import dev.importhealth.rules.internal.fixtures.FrameworkNames;
import dev.importhealth.rules.internal.fixtures.RuntimeTestClasses;
import dev.importhealth.rules.internal.fixtures.testng.TestNgDataProviders;
import dev.importhealth.rules.internal.fixtures.testng.TestNgListeners;
import java.util.List;
import java.util.Optional;

/**
 * A TestNG {@code @Test(dataProvider = "x")} that no {@code @DataProvider} answers, searched as
 * TestNG 7 searches: in {@code dataProviderClass}, else in the class the test runs in. TestNG
 * then fails the test with "requires a @DataProvider named". Silent when a listener could
 * rewrite the annotation, or a part of the hierarchy cannot be read.
 */
@CheckerRule(
    id = "IH307",
    name = "data-provider-not-found",
    severity = Severity.ERROR,
    summary = "TestNG data provider that does not exist",
    help = "Name an existing @DataProvider (its name, or its method name when it has none), or point "
        + "dataProviderClass to the class that declares it; a provider in a superclass must not be private.",
    tags = {"correctness", "testng"})
public final class DataProviderNotFound implements FileRule {

  @Override
  public void check(FileContext context) {
    Optional<Boolean> transformed = Optional.empty();
    for (TypeDeclaration<?> declaration : DeclaredTypes.of(context.unit())) {
      Optional<TypeView> type = context.structures().declared(declaration);
      if (type.isEmpty()) {
        continue;
      }
      for (MethodView method : type.get().methods()) {
        Optional<AnnotationUse> test = method.annotations().stream().filter(a -> a.is(FrameworkNames.TESTNG_TEST)).findFirst();
        if (test.isEmpty() || method.node().isEmpty() || !wantsProvider(context, type.get(), test.get())) {
          continue;
        }
        if (transformed.isEmpty()) {
          // asked only once a file has a provider to check: the project-wide search is costly
          transformed = Optional.of(TestNgListeners.mayTransformAnnotations(context));
        }
        if (!transformed.get()) {
          check(context, type.get(), method, test.get());
        }
      }
    }
  }

  private static boolean wantsProvider(FileContext context, TypeView type, AnnotationUse test) {
    return test.value("dataProvider").isPresent() || TestNgDataProviders.classLevel(context, type, "dataProvider").isPresent();
  }

  private static void check(FileContext context, TypeView declaring, MethodView method, AnnotationUse test) {
    if (test.value("dataProviderDynamicClass").isPresent()
        || TestNgDataProviders.classLevel(context, declaring, "dataProviderDynamicClass").isPresent()) {
      return;
    }
    Optional<AnnotationValue> name = test.value("dataProvider").or(() -> TestNgDataProviders.classLevel(context, declaring, "dataProvider"));
    Optional<AnnotationValue> providerClass =
        test.value("dataProviderClass").or(() -> TestNgDataProviders.classLevel(context, declaring, "dataProviderClass"));
    if (name.isEmpty() || name.get().strings().map(List::size).orElse(0) != 1) {
      return;
    }
    String wanted = name.get().strings().get().get(0);
    if (wanted.isEmpty()) {
      return;
    }
    List<TypeView> runtimes = RuntimeTestClasses.of(context, declaring);
    if (runtimes.isEmpty() || runtimes.stream().anyMatch(r -> TestNgDataProviders.subclassSetsProvider(context, r, declaring))) {
      return;
    }
    TestNgDataProviders providers = new TestNgDataProviders(context.structures());
    Node at = test.value("dataProvider").isPresent() ? valueNode(test, "dataProvider") : method.node().get().getName();
    if (providerClass.isPresent()) {
      if (!(providerClass.get() instanceof AnnotationValue.ClassLiteral literal)) {
        return;
      }
      if (!literal.binaryName().equals("java.lang.Object")) {
        context.structures().type(literal.binaryName()).ifPresent(searched ->
            judge(context, providers, searched, wanted, declaring, method, at, " in class " + literal.binaryName()));
        return;
      }
    }
    for (TypeView runtime : runtimes) {
      if (judge(context, providers, runtime, wanted, declaring, method, at, "")) {
        return;
      }
    }
  }

  /** Reports when {@code searched} has no or two providers called {@code wanted}; true when it reported. */
  private static boolean judge(FileContext context, TestNgDataProviders providers, TypeView searched, String wanted,
      TypeView declaring, MethodView method, Node at, String inClass) {
    Optional<TestNgDataProviders.Lookup> lookup = providers.find(searched, wanted);
    if (lookup.isEmpty()) {
      return false;
    }
    String test = declaring.binaryName() + "." + method.signature();
    if (lookup.get().ownMatches() > 1) {
      context.report(at, "TestNG finds more than one data provider called '" + wanted + "' for test " + test
          + ": at run time it fails with \"Found two providers called '" + wanted + "' on class "
          + searched.binaryName() + "\". Give each provider its own name.");
      return true;
    }
    if (lookup.get().matches() > 0) {
      return false;
    }
    List<String> similar = NameSimilarity.rank(wanted, lookup.get().visibleNames());
    String runsIn = searched.binaryName().equals(declaring.binaryName()) || !inClass.isEmpty() ? "" : " (run in " + searched.binaryName() + ")";
    String hint = lookup.get().hidden()
        .map(h -> " A superclass declares it, but " + h + ", so TestNG does not see it: make it protected or public.")
        .orElse(similar.isEmpty() ? " Add a @DataProvider named '" + wanted + "' or correct the name."
            : " Did you mean '" + similar.get(0) + "'?");
    context.report(at, "TestNG cannot find the data provider '" + wanted + "' for test " + test + runsIn
        + ": at run time it fails with \"Method " + test + " requires a @DataProvider named : " + wanted + inClass
        + "\"." + hint, similar);
    return true;
  }

  private static Node valueNode(AnnotationUse annotation, String element) {
    if (annotation.node().orElse(null) instanceof NormalAnnotationExpr normal) {
      return normal.getPairs().stream().filter(p -> p.getNameAsString().equals(element)).findFirst()
          .<Node>map(p -> p.getValue()).orElse(normal);
    }
    return annotation.node().<Node>map(n -> n).orElseThrow();
  }
}
