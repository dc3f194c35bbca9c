package dev.importhealth.rules;

import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import dev.importhealth.core.api.CheckerRule;
import dev.importhealth.core.api.FileContext;
import dev.importhealth.core.api.FileRule;
import dev.importhealth.core.api.Severity;
import dev.importhealth.core.index.TypeOrigin;
import dev.importhealth.core.index.TypeSymbol;
import dev.importhealth.core.semantics.Meaning;
import dev.importhealth.core.semantics.Resolution;
import dev.importhealth.rules.internal.CodeReferences;
import dev.importhealth.rules.internal.ssot.Competitors;
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
    for (ImportDeclaration declaration : context.unit().getImports()) {
      TypeSymbol holder = declaration.isStatic() ? context.semantics().importedType(declaration).valueOrNull() : null;
      if (holder != null) {
        report(context, competitors, declaration.getName(), holder);
      }
    }
    CodeReferences.forEachType(context.unit(), context.semantics(), (node, resolution) -> {
      TypeSymbol type = typeNamed(context, node, resolution);
      if (type != null) {
        report(context, competitors, node, type);
      }
    });
  }

  /** The type a place names: a written type, a type name, or the type qualifying a static field. */
  private static TypeSymbol typeNamed(FileContext context, Node node, Resolution<?> resolution) {
    Object value = resolution.valueOrNull();
    if (value instanceof TypeSymbol type) {
      return type;
    }
    if (value instanceof Meaning.TypeName name) {
      return name.type();
    }
    // `Legacy.FIELD`: the longest qualifier that names a type
    Expression scope = node instanceof FieldAccessExpr access && value instanceof Meaning.Value ? access.getScope() : null;
    while (scope != null) {
      if (context.semantics().meaning(scope).valueOrNull() instanceof Meaning.TypeName name) {
        return name.type();
      }
      scope = scope instanceof FieldAccessExpr access ? access.getScope() : null;
    }
    return null;
  }

  private static void report(FileContext context, Competitors competitors, Node node, TypeSymbol type) {
    if (type.origin() instanceof TypeOrigin.Source source && source.file().equals(context.file().path())) {
      return;
    }
    competitors.judge(type.binaryName()).ifPresent(verdict -> {
      String module = context.project().modules().size() > 1 ? " (module '" + context.file().module() + "')" : "";
      context.report(node, "'" + type.binaryName().replace('$', '.') + "' is not the canonical '"
          + verdict.concept().name() + "'" + module + ": use '" + verdict.canonical() + "' instead.",
          List.of(verdict.canonical()));
    });
  }
}
