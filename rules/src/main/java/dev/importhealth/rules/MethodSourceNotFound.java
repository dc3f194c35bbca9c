package dev.importhealth.rules;

import dev.importhealth.core.api.CheckerRule;
import dev.importhealth.core.api.FileContext;
import dev.importhealth.core.api.FileRule;
import dev.importhealth.core.api.Severity;
import dev.importhealth.core.structure.TypeView;
import dev.importhealth.rules.internal.Messages;
import dev.importhealth.rules.internal.fixtures.FrameworkNames;
import dev.importhealth.rules.internal.fixtures.jupiter.ArgumentSourceNames;
import dev.importhealth.rules.internal.fixtures.jupiter.ProviderLookup;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code @MethodSource} name that JUnit cannot turn into a factory method: no method of that
 * name in the runtime test class and its supertypes, only invalid or ambiguous candidates, a
 * malformed fully qualified name, or a class that cannot be loaded. An inherited test is checked
 * in every concrete subclass it runs in, since JUnit looks names up there.
 */
@CheckerRule(
    id = "IH301",
    name = "method-source-not-found",
    severity = Severity.ERROR,
    summary = "Unresolved @MethodSource factory method",
    help = "JUnit looks the name up in the class the test runs in and its supertypes (not in enclosing classes), "
        + "or in the class a 'com.acme.Factories#data' name gives. Declare the factory there with a return type "
        + "JUnit can stream, or correct the name; the message quotes what JUnit would say.",
    tags = {"correctness", "junit", "fixtures"})
public final class MethodSourceNotFound implements FileRule {

  @Override
  public void check(FileContext context) {
    for (ArgumentSourceNames.Site site : ArgumentSourceNames.of(context, FrameworkNames.METHOD_SOURCE)) {
      List<TypeView> failing = new ArrayList<>();
      ProviderLookup.Outcome.Fails first = null;
      for (TypeView runtime : ArgumentSourceNames.runtimeClasses(context, site)) {
        if (ProviderLookup.method(context, runtime, site.test(), site.name()) instanceof ProviderLookup.Outcome.Fails f) {
          failing.add(runtime);
          first = first == null ? f : first;
        }
      }
      if (first != null) {
        String lead = site.name().isEmpty()
            ? "@MethodSource without a name looks for a factory method named like the test, '" + site.test().name()
                + "', and cannot resolve it in "
            : site.written() + " cannot be resolved in ";
        context.report(site.node(), lead + ArgumentSourceNames.where(site, failing) + ": at run time JUnit fails with \""
            + first.runtimeMessage() + "\". " + first.advice() + Messages.didYouMean(first.suggestions()),
            first.suggestions());
      }
    }
  }
}
