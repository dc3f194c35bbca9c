package dev.importhealth.rules;

import com.github.javaparser.ast.Node;
import dev.importhealth.core.api.CheckerRule;
import dev.importhealth.core.api.FileContext;
import dev.importhealth.core.api.FileRule;
import dev.importhealth.core.api.Severity;
import dev.importhealth.core.index.TypeSymbol;
import dev.importhealth.rules.internal.ssot.Competitors;
import dev.importhealth.rules.internal.ssot.TypeUses;
import java.util.List;

/**
 * A use of a class that IH401 reports, from another file: the work list of a consolidation. Each
 * place that names the class in code is one finding; a single-type import is not (the code that
 * uses the name is), a static import is (its calls do not name the class).
 */
@CheckerRule(
    id = "IH402",
    name = "non-canonical-use",
    severity = Severity.WARNING,
    summary = "Use of a class that competes with the canonical implementation the ssot registry names",
    help = "Use the canonical implementation the message names instead; the `ssot:` section of "
        + "import-health.yaml records which one it is.",
    tags = {"ssot"})
public final class NonCanonicalUse implements FileRule {

  @Override
  public void check(FileContext context) {
    Competitors competitors = Competitors.of(context);
    if (competitors.registryEmpty()) {
      return;
    }
    TypeUses.forEach(context, (node, type) -> report(context, competitors, node, type));
  }

  private static void report(FileContext context, Competitors competitors, Node node, TypeSymbol type) {
    competitors.judge(type.binaryName()).ifPresent(verdict -> {
      String module = context.project().modules().size() > 1 ? " (module '" + context.file().module() + "')" : "";
      context.report(node, "'" + type.binaryName().replace('$', '.') + "' is not the canonical '"
          + verdict.concept().name() + "'" + module + ": use '" + verdict.canonical() + "' instead.",
          List.of(verdict.canonical()));
    });
  }
}
