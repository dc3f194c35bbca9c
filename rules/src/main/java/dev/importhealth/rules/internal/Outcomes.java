package dev.importhealth.rules.internal;

import com.github.javaparser.ast.Node;
import dev.importhealth.core.api.FileContext;
import dev.importhealth.core.semantics.MissingKind;
import dev.importhealth.core.semantics.Resolution;
import dev.importhealth.rules.internal.migrations.MovedPaths;

/**
 * What every rule does with an answer: report it when it is missing and of the kind the rule
 * owns (unless the migration registry covers the place: IH201 reports it), count it for IH902 when
 * it could not be checked, and say nothing otherwise.
 */
public final class Outcomes {

  private Outcomes() {}

  /**
   * @param lead the start of the message, e.g. {@code Import 'a.B' cannot be resolved}
   * @param countUnchecked false when another rule already counts this reference as unchecked
   * @param owned the kinds of missing thing this rule reports
   */
  public static void report(FileContext context, Node node, String lead, Resolution<?> resolution,
      boolean countUnchecked, MissingKind... owned) {
    if (resolution instanceof Resolution.Missing<?> missing && java.util.Arrays.asList(owned).contains(missing.kind())) {
      if (MovedPaths.covers(context, node)) {
        return; // IH201 reports this place and says where the path went
      }
      context.report(node, Messages.sentence(lead, missing.problem(), missing.suggestions()), missing.suggestions());
    } else if (countUnchecked && resolution instanceof Resolution.Unknown<?> unknown) {
      context.unchecked(unknown);
    }
  }
}
