package dev.importhealth.rules;

import dev.importhealth.core.api.CheckerRule;
import dev.importhealth.core.api.FileContext;
import dev.importhealth.core.api.FileRule;
import dev.importhealth.core.api.Severity;
import dev.importhealth.core.semantics.MissingKind;
import dev.importhealth.rules.internal.CodeReferences;
import dev.importhealth.rules.internal.HistoryHints;
import dev.importhealth.rules.internal.Outcomes;

/**
 * A type used in code that does not exist: in declarations, {@code extends}, {@code new}, casts,
 * generic arguments, annotations, class literals and qualifiers. Names whose import is already
 * reported by IH101 are not reported again.
 */
@CheckerRule(
    id = "IH103",
    name = "unresolved-type",
    severity = Severity.ERROR,
    summary = "Reference to a type that does not exist",
    help = "Use the type's current name, import it from where it lives now, or restore it. "
        + "When a type of the same name exists elsewhere in the project, or git history shows where the type "
        + "moved, the message names it.",
    tags = {"correctness"})
public final class UnresolvedType implements FileRule {

  @Override
  public void check(FileContext context) {
    CodeReferences.forEachType(context.unit(), context.semantics(), (node, resolution) ->
        Outcomes.report(context, node, "'" + node + "' cannot be resolved", resolution, true,
            () -> HistoryHints.forType(context, node), MissingKind.TYPE));
  }
}
