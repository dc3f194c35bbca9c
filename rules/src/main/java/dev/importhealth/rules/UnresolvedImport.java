package dev.importhealth.rules;

import com.github.javaparser.ast.ImportDeclaration;
import dev.importhealth.core.api.CheckerRule;
import dev.importhealth.core.api.FileContext;
import dev.importhealth.core.api.FileRule;
import dev.importhealth.core.api.Severity;
import dev.importhealth.core.semantics.MissingKind;
import dev.importhealth.rules.internal.HistoryHints;
import dev.importhealth.rules.internal.Outcomes;

/** An import naming a type that does not exist: javac's "cannot find symbol" on an import line. */
@CheckerRule(
    id = "IH101",
    name = "unresolved-import",
    severity = Severity.ERROR,
    summary = "Import of a type that does not exist",
    help = "Import the type from where it lives now, or remove the import if the type is gone. "
        + "When a type of the same name exists elsewhere in the project, or git history shows where the type "
        + "moved, the message names it.",
    tags = {"correctness", "imports"})
public final class UnresolvedImport implements FileRule {

  @Override
  public void check(FileContext context) {
    for (ImportDeclaration imp : context.unit().getImports()) {
      if (imp.isAsterisk() && !imp.isStatic()) {
        continue; // a package import: IH102
      }
      String written = imp.getNameAsString() + (imp.isAsterisk() ? ".*" : "");
      Outcomes.report(context, imp.getName(), "Import '" + written + "' cannot be resolved",
          context.semantics().importedType(imp), true, () -> HistoryHints.forImport(context, imp),
          MissingKind.TYPE, MissingKind.PACKAGE);
    }
  }
}
