package dev.importhealth.core.internal.resolve;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.importhealth.core.index.MethodSymbol;
import dev.importhealth.core.index.TypeSymbol;
import dev.importhealth.core.semantics.MissingKind;
import dev.importhealth.core.semantics.Resolution;
import dev.importhealth.core.semantics.UnknownReason;
import dev.importhealth.core.semantics.ValueType;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Which methods a call can select (JLS 15.12.1-2, as far as name and arity go): the innermost
 * enclosing type that has a method of that name for an unqualified call, else static imports;
 * the receiver's type and its supertypes for a qualified one.
 */
final class MethodCalls {

  private final TypeScopes scopes;
  private final Expressions expressions;
  private final Hierarchy hierarchy;
  private final Receivers receivers;

  MethodCalls(TypeScopes scopes, Expressions expressions) {
    this.scopes = scopes;
    this.expressions = expressions;
    this.hierarchy = scopes.hierarchy();
    this.receivers = new Receivers(scopes, expressions);
  }

  Resolution<List<MethodSymbol>> call(MethodCallExpr call) {
    String name = call.getNameAsString();
    int arguments = call.getArguments().size();
    if (call.getScope().isEmpty()) {
      return unqualified(call, name, arguments);
    }
    Resolution<TypeSymbol> receiver = receivers.of(call.getScope().get(), call);
    if (!(receiver instanceof Resolution.Found<TypeSymbol> found)) {
      // a receiver that is itself missing is reported where it is written
      return receiver instanceof Resolution.Unknown<TypeSymbol> ? receiver.cast() : Resolution.broken();
    }
    Resolution<List<MethodSymbol>> selected = select(found.value(), name, arguments);
    if (selected instanceof Resolution.Missing<List<MethodSymbol>> && underExtensionMethods(call)) {
      return Resolution.unknown(UnknownReason.GENERATED_MEMBERS, "Lombok extension method " + name);
    }
    return selected;
  }

  /**
   * Lombok's {@code @ExtensionMethod} lets calls in the annotated type reach static methods of
   * other classes as if the receiver declared them ({@code "abc".shout()}), so no receiver's
   * methods are known there.
   */
  private static boolean underExtensionMethods(Node site) {
    for (Node node = site; node != null; node = node.getParentNode().orElse(null)) {
      if (node instanceof TypeDeclaration<?> type && type.getAnnotations().stream()
          .map(AnnotationExpr::getNameAsString)
          .anyMatch(n -> n.equals("ExtensionMethod") || n.equals("lombok.experimental.ExtensionMethod"))) {
        return true;
      }
    }
    return false;
  }

  Resolution<List<MethodSymbol>> reference(MethodReferenceExpr reference) {
    String name = reference.getIdentifier();
    if (name.equals("new")) {
      return Resolution.found(List.of());
    }
    Expression scope = reference.getScope();
    Resolution<TypeSymbol> receiver = scope instanceof SuperExpr
        ? receivers.of(scope, reference)
        : receivers.fromMeaning(expressions.referenceQualifier(reference), scope);
    if (!(receiver instanceof Resolution.Found<TypeSymbol> found)) {
      return receiver instanceof Resolution.Unknown<TypeSymbol> ? receiver.cast() : Resolution.broken();
    }
    Hierarchy.Lookup<MethodSymbol> lookup = hierarchy.methods(found.value(), name);
    if (!lookup.isEmpty()) {
      return Resolution.found(lookup.found());
    }
    return lookup.complete() ? noSuchMethod(found.value(), name) : lookup.unknown();
  }

  /** The return type of a call, when every method it may select returns the same known type. */
  Resolution<ValueType> returnType(MethodCallExpr call) {
    Resolution<ValueType> clonedArray = arrayClone(call);
    if (clonedArray != null) {
      return clonedArray;
    }
    Resolution<List<MethodSymbol>> selected = call(call);
    if (!(selected instanceof Resolution.Found<List<MethodSymbol>> found) || found.value().isEmpty()) {
      return selected.isFound() ? Resolution.unknown(UnknownReason.UNSUPPORTED, "no method") : selected.cast();
    }
    Resolution<ValueType> common = null;
    for (MethodSymbol method : found.value()) {
      Resolution<ValueType> type = expressions.valueType(method.returnType());
      if (!(type instanceof Resolution.Found<ValueType> t)) {
        return Resolution.unknown(UnknownReason.NEEDS_INFERENCE, method.name());
      }
      if (common != null && !common.valueOrNull().equals(t.value())) {
        return Resolution.unknown(UnknownReason.NEEDS_INFERENCE, "overloads return different types");
      }
      common = type;
    }
    return common;
  }

  /** JLS 10.7: {@code clone()} of an array type {@code T[]} returns {@code T[]}, not Object. */
  private Resolution<ValueType> arrayClone(MethodCallExpr call) {
    if (!call.getNameAsString().equals("clone") || !call.getArguments().isEmpty() || call.getScope().isEmpty()
        || call.getScope().get() instanceof SuperExpr) {
      return null;
    }
    Resolution<ValueType> receiver = expressions.typeOf(call.getScope().get());
    return receiver instanceof Resolution.Found<ValueType> found && found.value().isArray() ? receiver : null;
  }

  private Resolution<List<MethodSymbol>> unqualified(MethodCallExpr call, String name, int arguments) {
    TypeSymbol innermost = null;
    Node child = call;
    for (Node node = call.getParentNode().orElse(null); node != null; child = node, node = node.getParentNode().orElse(null)) {
      if (!TypeScopes.isTypeScope(node) || !TypeScopes.isInBody(node, child)) {
        continue;
      }
      TypeSymbol owner = scopes.table().declaredBy(node).orElse(null);
      if (owner == null) {
        return Resolution.unknown(UnknownReason.UNSUPPORTED, name);
      }
      innermost = innermost == null ? owner : innermost;
      Hierarchy.Lookup<MethodSymbol> lookup = hierarchy.methods(owner, name);
      if (!lookup.isEmpty()) {
        return withArity(owner, name, arguments, lookup);
      }
      if (!lookup.complete()) {
        return lookup.unknown();
      }
    }
    CompilationUnit unit = call.findCompilationUnit().orElse(null);
    if (unit == null || innermost == null) {
      return Resolution.unknown(UnknownReason.UNSUPPORTED, name);
    }
    // single-static imports shadow static-import-on-demand (JLS 6.4.1); within each kind, the
    // methods of every import of that name are overloads of one another (JLS 15.12.1)
    for (boolean onDemand : new boolean[] {false, true}) {
      Resolution<List<MethodSymbol>> imported = staticallyImported(unit, name, arguments, onDemand);
      if (imported != null) {
        return imported;
      }
    }
    return Resolution.missing(MissingKind.MEMBER,
        "no method '" + name + "' is declared in '" + TypeScopes.display(innermost)
            + "', its supertypes, enclosing types or static imports",
        signatures(innermost, scopes.suggestions().methods(innermost, name)));
  }

  /** Methods named {@code name} from static imports of one kind, or null when there are none. */
  private Resolution<List<MethodSymbol>> staticallyImported(
      CompilationUnit unit, String name, int arguments, boolean onDemand) {
    List<MethodSymbol> found = new java.util.ArrayList<>();
    Resolution<List<MethodSymbol>> unknown = null;
    boolean broken = false;
    TypeSymbol owner = null;
    for (ImportDeclaration imp : unit.getImports()) {
      if (!imp.isStatic() || imp.isAsterisk() != onDemand
          || (!onDemand && !imp.getName().getIdentifier().equals(name))) {
        continue;
      }
      Resolution<TypeSymbol> holder = scopes.importedType(imp);
      if (!(holder instanceof Resolution.Found<TypeSymbol> type)) {
        unknown = holder instanceof Resolution.Unknown<TypeSymbol> ? holder.cast() : unknown;
        broken |= !(holder instanceof Resolution.Unknown<TypeSymbol>);
        continue;
      }
      Hierarchy.Lookup<MethodSymbol> lookup = hierarchy.methods(type.value(), name);
      found.addAll(lookup.found());
      owner = lookup.isEmpty() ? owner : type.value();
      if (!lookup.complete()) {
        unknown = lookup.unknown();
      } else if (lookup.isEmpty() && !onDemand && scopes.hasNoMemberNamed(type.value(), name)) {
        broken = true; // the static import itself is wrong: IH104 reports it there
      }
    }
    if (found.isEmpty()) {
      return unknown != null ? unknown : broken ? Resolution.broken() : null;
    }
    Hierarchy.Lookup<MethodSymbol> all = new Hierarchy.Lookup<>(found, unknown == null, null, null);
    Resolution<List<MethodSymbol>> selected = withArity(owner, name, arguments, all);
    return selected instanceof Resolution.Missing<?> && unknown != null ? unknown : selected;
  }

  private Resolution<List<MethodSymbol>> select(TypeSymbol receiver, String name, int arguments) {
    Hierarchy.Lookup<MethodSymbol> lookup = hierarchy.methods(receiver, name);
    if (lookup.isEmpty()) {
      return lookup.complete() ? noSuchMethod(receiver, name) : lookup.unknown();
    }
    return withArity(receiver, name, arguments, lookup);
  }

  private Resolution<List<MethodSymbol>> withArity(
      TypeSymbol owner, String name, int arguments, Hierarchy.Lookup<MethodSymbol> lookup) {
    List<MethodSymbol> applicable = lookup.found().stream().filter(m -> m.acceptsArguments(arguments)).toList();
    if (!applicable.isEmpty()) {
      return Resolution.found(applicable);
    }
    if (!lookup.complete()) {
      return lookup.unknown();
    }
    String shapes = lookup.found().stream().map(MethodSymbol::shape).distinct().sorted().collect(Collectors.joining(", "));
    return Resolution.missing(MissingKind.MEMBER,
        "no method '" + name + "' in '" + TypeScopes.display(owner) + "' takes " + arguments
            + (arguments == 1 ? " argument" : " arguments") + " (declared: " + shapes + ")", List.of());
  }

  private Resolution<List<MethodSymbol>> noSuchMethod(TypeSymbol receiver, String name) {
    return Resolution.missing(MissingKind.MEMBER,
        "type '" + TypeScopes.display(receiver) + "' has no method '" + name + "'",
        signatures(receiver, scopes.suggestions().methods(receiver, name)));
  }

  /** A suggested method with one overload is shown with its parameters: {@code createTestUserWithAuth(String, String)}. */
  private List<String> signatures(TypeSymbol owner, List<String> names) {
    return names.stream().map(n -> {
      List<String> shapes = hierarchy.methods(owner, n).found().stream().map(MethodSymbol::shape).distinct().toList();
      return shapes.size() == 1 ? shapes.get(0) : n;
    }).toList();
  }
}
