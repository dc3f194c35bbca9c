package dev.importhealth.core.internal.resolve;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import dev.importhealth.core.index.TypeSymbol;
import dev.importhealth.core.semantics.Meaning;
import dev.importhealth.core.semantics.MissingKind;
import dev.importhealth.core.semantics.Resolution;
import dev.importhealth.core.semantics.UnknownReason;
import dev.importhealth.core.semantics.ValueType;
import java.util.List;
import java.util.Optional;

/**
 * The type a qualified call or method reference looks its method up in: the static type of the
 * receiver value, the named type for a static call, an array's Object, or the superclass for
 * {@code super} (JLS 15.12.1).
 */
final class Receivers {

  private final TypeScopes scopes;
  private final Expressions expressions;

  Receivers(TypeScopes scopes, Expressions expressions) {
    this.scopes = scopes;
    this.expressions = expressions;
  }

  /** The type whose members a call or method reference on {@code scope} selects from. */
  Resolution<TypeSymbol> of(Expression scope, Node site) {
    if (scope instanceof SuperExpr superExpr) {
      return superType(superExpr, site);
    }
    Resolution<Meaning> meaning = scope instanceof NameExpr || scope instanceof FieldAccessExpr
        ? expressions.meaning(scope)
        : expressions.typeOf(scope).map(t -> new Meaning.Value(Optional.of(t)));
    return fromMeaning(meaning, scope);
  }

  /** A receiver named by an expression name: a variable's type, or a type for a static member. */
  Resolution<TypeSymbol> fromMeaning(Resolution<Meaning> meaning, Expression scope) {
    if (!(meaning instanceof Resolution.Found<Meaning> found)) {
      return meaning.cast();
    }
    if (found.value() instanceof Meaning.TypeName type) {
      return Resolution.found(type.type());
    }
    if (found.value() instanceof Meaning.Value value) {
      if (value.type().isEmpty()) {
        return Resolution.unknown(UnknownReason.NEEDS_INFERENCE, scope.toString());
      }
      ValueType type = value.type().get();
      return type.isArray()
          ? scopes.table().type("java.lang.Object").<Resolution<TypeSymbol>>map(Resolution::found)
              .orElseGet(() -> Resolution.unknown(UnknownReason.INCOMPLETE_HIERARCHY, "Object"))
          : Resolution.found(type.type());
    }
    return Resolution.missing(MissingKind.TYPE, "'" + scope + "' is not a variable or type");
  }

  /**
   * The type {@code super.m()} searches (JLS 15.12.1): the superclass of the enclosing class, not
   * the class itself, whose own override would otherwise hide a missing {@code m}. {@code
   * C.super.m()} searches the superclass of class C, {@code I.super.m()} the interface I.
   */
  private Resolution<TypeSymbol> superType(SuperExpr superExpr, Node site) {
    Resolution<TypeSymbol> self = superExpr.getTypeName().isPresent()
        ? scopes.resolveQualifiable(List.of(superExpr.getTypeName().get().asString().split("\\.")), superExpr)
        : enclosingType(site);
    if (!(self instanceof Resolution.Found<TypeSymbol> found)) {
      return self;
    }
    TypeSymbol type = found.value();
    if (type.kind().isInterfaceLike()) {
      return superExpr.getTypeName().isPresent()
          ? self
          : Resolution.unknown(UnknownReason.UNSUPPORTED, "super in an interface");
    }
    // a class's superclass is its first supertype (Object when it extends nothing), except for an
    // anonymous class of an interface, whose superclass is Object
    List<Resolution<TypeSymbol>> supertypes = scopes.hierarchy().supertypes(type);
    Resolution<TypeSymbol> superclass = supertypes.isEmpty() ? Resolution.broken() : supertypes.get(0);
    if (superclass instanceof Resolution.Found<TypeSymbol> s && s.value().kind().isInterfaceLike()) {
      return scopes.table().type("java.lang.Object").<Resolution<TypeSymbol>>map(Resolution::found)
          .orElseGet(() -> Resolution.unknown(UnknownReason.INCOMPLETE_HIERARCHY, "Object"));
    }
    return superclass;
  }

  private Resolution<TypeSymbol> enclosingType(Node site) {
    Node declaration = TypeScopes.enclosingClassBody(site);
    return declaration == null ? Resolution.unknown(UnknownReason.UNSUPPORTED, "super outside a type")
        : scopes.table().declaredBy(declaration).<Resolution<TypeSymbol>>map(Resolution::found)
            .orElseGet(() -> Resolution.unknown(UnknownReason.UNSUPPORTED, "super"));
  }
}
