package dev.importhealth.rules;

import com.github.javaparser.ast.ImportDeclaration;
import dev.importhealth.core.api.CheckerRule;
import dev.importhealth.core.api.FileContext;
import dev.importhealth.core.api.FileRule;
import dev.importhealth.core.api.Severity;
import dev.importhealth.core.semantics.MissingKind;
import dev.importhealth.rules.internal.CodeReferences;
import dev.importhealth.rules.internal.Outcomes;

/** An on-demand import or a qualified name in code whose package does not exist. */
@CheckerRule(
    id = "IH102",
    name = "unresolved-package",
    severity = Severity.ERROR,
    summary = "Reference to a package that does not exist",
    help = "The package was renamed, moved or removed. Import the types from their new package; "
        + "when a type of the same name exists elsewhere in the project, the message names it.",
    tags = {"correctness", "imports"})
public final class UnresolvedPackage implements FileRule {

  @Override
  public void check(FileContext context) {
    for (ImportDeclaration imp : context.unit().getImports()) {
      if (!imp.isAsterisk() || imp.isStatic()) {
        continue;
      }
      Outcomes.report(context, imp.getName(), "Import '" + imp.getNameAsString() + ".*' cannot be resolved",
          context.semantics().importedType(imp), true, MissingKind.PACKAGE);
    }
    // IH103 walks the same names and counts those it cannot check
    CodeReferences.forEachType(context.unit(), context.semantics(), (node, resolution) ->
        Outcomes.report(context, node, "'" + node + "' cannot be resolved", resolution, false, MissingKind.PACKAGE));
  }
}
