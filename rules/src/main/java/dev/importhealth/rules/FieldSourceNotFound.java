package dev.importhealth.rules;

import dev.importhealth.core.api.CheckerRule;
import dev.importhealth.core.api.FileContext;
import dev.importhealth.core.api.FileRule;
import dev.importhealth.core.api.Severity;
import dev.importhealth.core.structure.TypeView;
import dev.importhealth.rules.internal.Messages;
import dev.importhealth.rules.internal.fixtures.FrameworkNames;
import dev.importhealth.rules.internal.fixtures.Tri;
import dev.importhealth.rules.internal.fixtures.jupiter.ArgumentSourceNames;
import dev.importhealth.rules.internal.fixtures.jupiter.ProviderLookup;
import dev.importhealth.rules.internal.fixtures.jupiter.StreamTypes;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code @FieldSource} name that JUnit cannot read: no field of that name in the runtime test
 * class and its supertypes, a malformed fully qualified name, a class that cannot be loaded, or a
 * field declared as a stream or an Iterator, which JUnit refuses because it could be read only once.
 */
@CheckerRule(
    id = "IH303",
    name = "field-source-not-found",
    severity = Severity.ERROR,
    summary = "Unresolved or unusable @FieldSource field",
    help = "JUnit looks the field up in the class the test runs in and its supertypes (not in enclosing classes), "
        + "or in the class a 'com.acme.Data#cases' name gives. Declare the field there, or correct the name; a "
        + "stream or Iterator field must become a Supplier<Stream<...>> or a collection.",
    tags = {"correctness", "junit", "fixtures"})
public final class FieldSourceNotFound implements FileRule {

  @Override
  public void check(FileContext context) {
    for (ArgumentSourceNames.Site site : ArgumentSourceNames.of(context, FrameworkNames.FIELD_SOURCE)) {
      List<TypeView> failing = new ArrayList<>();
      ProviderLookup.Outcome.Fails first = null;
      for (TypeView runtime : ArgumentSourceNames.runtimeClasses(context, site)) {
        ProviderLookup.Outcome outcome = ProviderLookup.field(context, runtime, site.test(), site.name());
        ProviderLookup.Outcome.Fails problem = outcome instanceof ProviderLookup.Outcome.Fails fails ? fails
            : outcome instanceof ProviderLookup.Outcome.Provider field ? badType(context, field) : null;
        if (problem != null) {
          failing.add(runtime);
          first = first == null ? problem : first;
        }
      }
      if (first != null) {
        String lead = site.name().isEmpty()
            ? "@FieldSource without a name looks for a field named like the test, '" + site.test().name()
                + "', and finds none usable in "
            : site.written() + " cannot be used in ";
        context.report(site.node(), lead + ArgumentSourceNames.where(site, failing) + ": at run time JUnit fails with \""
            + first.runtimeMessage() + "\". " + first.advice() + Messages.didYouMean(first.suggestions()),
            first.suggestions());
      }
    }
  }

  /** JUnit's {@code readField} refuses streams and iterators; the declared type proves the value is one. */
  private static ProviderLookup.Outcome.Fails badType(FileContext context, ProviderLookup.Outcome.Provider field) {
    String kind = StreamTypes.isA(context.structures(), field.type(), StreamTypes.BASE_STREAM) == Tri.YES ? "a stream"
        : StreamTypes.isA(context.structures(), field.type(), StreamTypes.ITERATOR) == Tri.YES ? "an Iterator" : null;
    return kind == null ? null : new ProviderLookup.Outcome.Fails("The value of field [" + field.name() + "] in class ["
        + field.owner().binaryName() + "] must not be " + kind, "A stream or Iterator can be read only once: declare "
        + "the field as a Supplier<Stream<...>>, a collection or an array.", List.of());
  }
}
