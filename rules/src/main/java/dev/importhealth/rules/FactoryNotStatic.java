package dev.importhealth.rules;

import dev.importhealth.core.api.CheckerRule;
import dev.importhealth.core.api.FileContext;
import dev.importhealth.core.api.FileRule;
import dev.importhealth.core.api.Severity;
import dev.importhealth.core.semantics.Resolution;
import dev.importhealth.core.semantics.UnknownReason;
import dev.importhealth.core.structure.TypeView;
import dev.importhealth.rules.internal.fixtures.FrameworkNames;
import dev.importhealth.rules.internal.fixtures.Tri;
import dev.importhealth.rules.internal.fixtures.jupiter.ArgumentSourceNames;
import dev.importhealth.rules.internal.fixtures.jupiter.Lifecycle;
import dev.importhealth.rules.internal.fixtures.jupiter.ProviderLookup;
import java.util.ArrayList;
import java.util.List;

/**
 * A non-static {@code @MethodSource} factory method or {@code @FieldSource} field that JUnit has
 * no instance to call it on: the test class runs with a new instance per test method (proven from
 * {@code @TestInstance} and the JUnit configuration), or the member belongs to another class,
 * such as the enclosing class of a {@code @Nested} test, which is never the test instance.
 */
@CheckerRule(
    id = "IH302",
    name = "factory-not-static",
    severity = Severity.ERROR,
    summary = "Non-static @MethodSource factory or @FieldSource field without a test instance to use",
    help = "JUnit reads argument sources before any test instance exists, unless the test class uses "
        + "@TestInstance(Lifecycle.PER_CLASS); factories and fields of other classes must always be static. "
        + "Declare the member static, or use the PER_CLASS lifecycle for a member of the test class itself.",
    tags = {"correctness", "junit", "fixtures"})
public final class FactoryNotStatic implements FileRule {

  @Override
  public void check(FileContext context) {
    check(context, FrameworkNames.METHOD_SOURCE, "Method", "factory method", "local factory methods", "external "
        + "factory methods");
    check(context, FrameworkNames.FIELD_SOURCE, "Field", "field", "local @FieldSource fields", "external @FieldSource "
        + "fields");
  }

  private static void check(FileContext context, String annotation, String kind, String noun, String local,
      String external) {
    for (ArgumentSourceNames.Site site : ArgumentSourceNames.of(context, annotation)) {
      List<TypeView> failing = new ArrayList<>();
      ProviderLookup.Outcome.Provider first = null;
      for (TypeView runtime : ArgumentSourceNames.runtimeClasses(context, site)) {
        ProviderLookup.Outcome outcome = annotation.equals(FrameworkNames.METHOD_SOURCE)
            ? ProviderLookup.method(context, runtime, site.test(), site.name())
            : ProviderLookup.field(context, runtime, site.test(), site.name());
        if (outcome instanceof ProviderLookup.Outcome.Provider provider && !provider.isStatic()) {
          Tri perClass = provider.external() ? Tri.NO : Lifecycle.perClass(context, runtime);
          if (perClass == Tri.NO) {
            failing.add(runtime);
            first = first == null ? provider : first;
          } else if (perClass == Tri.UNKNOWN) {
            context.unchecked(new Resolution.Unknown<>(UnknownReason.TEST_SETUP_UNKNOWN, "the test instance lifecycle"));
          }
        }
      }
      if (first == null) {
        continue;
      }
      String why = first.external()
          ? ", and " + first.owner().binaryName() + " is not the class the test runs in, nor one of its supertypes, "
              + "so JUnit never has an instance of it"
          : ", and JUnit creates a new test instance for each test method (the PER_METHOD lifecycle) of "
              + ArgumentSourceNames.where(site, failing) + ", so none exists yet when the arguments are read";
      String fix = first.external() ? "Declare it static."
          : "Declare it static, or annotate the test class with @TestInstance(TestInstance.Lifecycle.PER_CLASS).";
      context.report(site.node(), site.written() + " uses the non-static " + noun + " '" + first.name() + "' of "
          + first.owner().binaryName() + why + ": at run time JUnit fails with \"" + kind + " '" + first.quoted()
          + "' must be static: " + local + " must be static unless the PER_CLASS @TestInstance lifecycle mode is "
          + "used; " + external + " must always be static.\". " + fix);
    }
  }
}
