package dev.importhealth.rules;

import com.github.javaparser.ast.ImportDeclaration;
import dev.importhealth.core.api.CheckerRule;
import dev.importhealth.core.api.FileContext;
import dev.importhealth.core.api.FileRule;
import dev.importhealth.core.api.Severity;
import dev.importhealth.core.semantics.MissingKind;
import dev.importhealth.rules.internal.Outcomes;

/** A static import of a member the (existing) type does not have. */
@CheckerRule(
    id = "IH104",
    name = "unresolved-static-import",
    severity = Severity.ERROR,
    summary = "Static import of a member that does not exist",
    help = "The field, method or member type was renamed or removed. Import it under its current name, "
        + "or remove the import. A missing type in a static import is reported as IH101.",
    tags = {"correctness", "imports"})
public final class UnresolvedStaticImport implements FileRule {

  @Override
  public void check(FileContext context) {
    for (ImportDeclaration imp : context.unit().getImports()) {
      if (!imp.isStatic() || imp.isAsterisk()) {
        continue;
      }
      Outcomes.report(context, imp.getName(), "Static import '" + imp.getNameAsString() + "' cannot be resolved",
          context.semantics().staticImportMember(imp), true, MissingKind.MEMBER);
    }
  }
}
