package dev.importhealth.rules.internal.ssot;

import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import dev.importhealth.core.api.FileContext;
import dev.importhealth.core.index.TypeOrigin;
import dev.importhealth.core.index.TypeSymbol;
import dev.importhealth.core.semantics.Meaning;
import dev.importhealth.core.semantics.Resolution;
import dev.importhealth.rules.internal.CodeReferences;
import java.util.function.BiConsumer;

/**
 * Every place of a file that names a project type declared in another file: written types, type
 * names, the type qualifying a static field, and static imports (whose calls do not name the
 * class). A single-type import is not a use: the code that uses the name is.
 */
public final class TypeUses {

  private TypeUses() {}

  public static void forEach(FileContext context, BiConsumer<Node, TypeSymbol> sink) {
    for (ImportDeclaration declaration : context.unit().getImports()) {
      TypeSymbol holder = declaration.isStatic() ? context.semantics().importedType(declaration).valueOrNull() : null;
      if (holder != null) {
        accept(context, declaration.getName(), holder, sink);
      }
    }
    CodeReferences.forEachType(context.unit(), context.semantics(), (node, resolution) -> {
      TypeSymbol type = typeNamed(context, node, resolution);
      if (type != null) {
        accept(context, node, type, sink);
      }
    });
  }

  private static void accept(FileContext context, Node node, TypeSymbol type, BiConsumer<Node, TypeSymbol> sink) {
    if (!(type.origin() instanceof TypeOrigin.Source source && source.file().equals(context.file().path()))) {
      sink.accept(node, type);
    }
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
}
