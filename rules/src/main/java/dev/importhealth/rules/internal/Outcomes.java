package dev.importhealth.rules.internal;

import com.github.javaparser.ast.Node;
import dev.importhealth.core.api.FileContext;
import dev.importhealth.core.semantics.MissingKind;
import dev.importhealth.core.semantics.Resolution;
import dev.importhealth.rules.internal.migrations.MovedPaths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

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
    report(context, node, lead, resolution, countUnchecked, Optional::empty, owned);
  }

  /**
   * As above; a missing reference that git history shows was moved says where it went, and that
   * place becomes the first suggestion.
   *
   * @param history where git says the missing type went; asked only for a reference that is reported
   */
  public static void report(FileContext context, Node node, String lead, Resolution<?> resolution,
      boolean countUnchecked, Supplier<Optional<HistoryHints.Hint>> history, MissingKind... owned) {
    if (resolution instanceof Resolution.Missing<?> missing && java.util.Arrays.asList(owned).contains(missing.kind())) {
      if (MovedPaths.covers(context, node)) {
        return; // IH201 reports this place and says where the path went
      }
      Optional<HistoryHints.Hint> hint = history.get();
      if (hint.isPresent()) {
        List<String> suggestions = new ArrayList<>(List.of(hint.get().suggestion()));
        missing.suggestions().stream().filter(s -> !suggestions.contains(s)).forEach(suggestions::add);
        context.report(node, Messages.sentence(lead, missing.problem() + "; " + hint.get().clause(), suggestions),
            suggestions);
        return;
      }
      context.report(node, Messages.sentence(lead, missing.problem(), missing.suggestions()), missing.suggestions());
    } else if (countUnchecked && resolution instanceof Resolution.Unknown<?> unknown) {
      context.unchecked(unknown);
    }
  }
}
