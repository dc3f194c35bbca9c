package dev.importhealth.core.internal.resolve;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.type.ArrayType;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import dev.importhealth.core.index.FieldSymbol;
import dev.importhealth.core.index.TypeKind;
import dev.importhealth.core.index.TypeRef;
import dev.importhealth.core.index.TypeSymbol;
import dev.importhealth.core.internal.symbols.SymbolTable;
import dev.importhealth.core.semantics.Meaning;
import dev.importhealth.core.semantics.MissingKind;
import dev.importhealth.core.semantics.Resolution;
import dev.importhealth.core.semantics.UnknownReason;
import dev.importhealth.core.semantics.ValueType;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;

/**
 * Classifies expression names (JLS 6.5.2: variable, then type, then package) and computes the
 * static type of the expressions whose type needs no inference.
 */
final class Expressions {

  private final TypeScopes scopes;
  private final Hierarchy hierarchy;
  private final SymbolTable table;
  private final MethodCalls methods;
  private final Variables variables = new Variables();
  private final Map<Node, Resolution<Meaning>> meanings = Collections.synchronizedMap(new IdentityHashMap<>());

  Expressions(TypeScopes scopes) {
    this.scopes = scopes;
    this.hierarchy = scopes.hierarchy();
    this.table = scopes.table();
    this.methods = new MethodCalls(scopes, this);
  }

  MethodCalls methods() {
    return methods;
  }

  /** Memoised: the names of a file are asked about by several rules. */
  Resolution<Meaning> meaning(Expression expression) {
    Resolution<Meaning> cached = meanings.get(expression);
    if (cached == null) {
      cached = computeMeaning(expression);
      meanings.put(expression, cached);
    }
    return cached;
  }

  private Resolution<Meaning> computeMeaning(Expression expression) {
    if (expression instanceof NameExpr name) {
      return simpleName(name.getNameAsString(), name);
    }
    if (expression instanceof FieldAccessExpr access) {
      Resolution<Meaning> scope = meaning(access.getScope());
      if (!(scope instanceof Resolution.Found<Meaning> found)) {
        return scope;
      }
      return member(found.value(), access.getNameAsString());
    }
    return typeOf(expression).map(t -> new Meaning.Value(Optional.of(t)));
  }

  /**
   * A simple name in a {@code case} label of a switch on an enum names a constant of the
   * selector's enum type, not a variable in scope (JLS 14.11.1). Unknown when the selector's type
   * is not known to be an enum (other labels are constant expressions, not checked here).
   */
  Resolution<Meaning> enumCaseLabel(NameExpr label) {
    Node block = label.getParentNode().flatMap(Node::getParentNode).orElse(null);
    Expression selector = block instanceof SwitchStmt statement ? statement.getSelector()
        : block instanceof SwitchExpr expression ? expression.getSelector() : null;
    if (selector == null) {
      return Resolution.unknown(UnknownReason.UNSUPPORTED, "case label");
    }
    Resolution<ValueType> selected = typeOf(selector);
    if (!(selected instanceof Resolution.Found<ValueType> found)) {
      return selected instanceof Resolution.Unknown<ValueType> ? selected.cast() : Resolution.broken();
    }
    TypeSymbol type = found.value().type();
    if (found.value().isArray() || type.kind() != TypeKind.ENUM) {
      return Resolution.unknown(UnknownReason.UNSUPPORTED, "case label of a switch on " + type.simpleName());
    }
    String name = label.getNameAsString();
    Hierarchy.Lookup<FieldSymbol> fields = hierarchy.fields(type, name);
    if (!fields.isEmpty()) {
      return Resolution.found(fieldMeaning(fields.found().get(0)));
    }
    return fields.complete()
        ? Resolution.missing(MissingKind.MEMBER,
            "enum '" + TypeScopes.display(type) + "' has no constant '" + name + "'",
            scopes.suggestions().fields(type, name))
        : Resolution.unknown(fields.reason(), name);
  }

  /**
   * A method reference qualifier written as a name ({@code list::add}, {@code Foo::bar}, {@code
   * a.b.C::d}): JavaParser parses it as a type, but Java reads it as an expression name.
   */
  Resolution<Meaning> qualifierName(List<String> parts, Node context) {
    Resolution<Meaning> meaning = simpleName(parts.get(0), context);
    for (String part : parts.subList(1, parts.size())) {
      if (!(meaning instanceof Resolution.Found<Meaning> found)) {
        return meaning;
      }
      meaning = member(found.value(), part);
    }
    return meaning;
  }

  /**
   * What a method reference's qualifier denotes. JavaParser parses a bare name ({@code list::add},
   * {@code Foo::bar}) as a type, but Java reads it as an expression name: variable, then type.
   */
  Resolution<Meaning> referenceQualifier(com.github.javaparser.ast.expr.MethodReferenceExpr reference) {
    Expression scope = reference.getScope();
    if (scope instanceof com.github.javaparser.ast.expr.TypeExpr typeExpr) {
      if (!(typeExpr.getType() instanceof ClassOrInterfaceType type)) {
        return Resolution.unknown(UnknownReason.UNSUPPORTED, "array or primitive method reference");
      }
      return type.getTypeArguments().isPresent()
          ? scopes.resolveTypeNode(type).map(Meaning.TypeName::new)
          : qualifierName(TypeScopes.qualifiedParts(type), reference);
    }
    if (scope instanceof CastExpr) {
      // JavaParser reads `(F) this::m`, a cast of the reference, as a reference on `(F) this`
      return Resolution.unknown(UnknownReason.UNSUPPORTED, "cast method reference");
    }
    return meaning(scope);
  }

  /** The static type of a value expression; Unknown wherever inference would be needed. */
  Resolution<ValueType> typeOf(Expression expression) {
    if (expression instanceof EnclosedExpr enclosed) {
      return typeOf(enclosed.getInner());
    }
    if (expression instanceof NameExpr || expression instanceof FieldAccessExpr) {
      Resolution<Meaning> meaning = meaning(expression);
      if (meaning instanceof Resolution.Found<Meaning> found) {
        return found.value() instanceof Meaning.Value value && value.type().isPresent()
            ? Resolution.found(value.type().get())
            : Resolution.unknown(UnknownReason.NEEDS_INFERENCE, expression.toString());
      }
      return meaning instanceof Resolution.Unknown<Meaning> ? meaning.cast() : Resolution.broken();
    }
    if (expression instanceof ThisExpr self) {
      return thisType(self).map(t -> new ValueType(t, 0));
    }
    if (expression instanceof ObjectCreationExpr creation) {
      if (creation.getAnonymousClassBody().isPresent()) {
        return table.declaredBy(creation).<Resolution<ValueType>>map(t -> Resolution.found(new ValueType(t, 0)))
            .orElseGet(() -> Resolution.unknown(UnknownReason.UNSUPPORTED, "anonymous class"));
      }
      return sourceType(creation.getType(), 0);
    }
    if (expression instanceof CastExpr cast) {
      return sourceType(cast.getType(), 0);
    }
    if (expression instanceof StringLiteralExpr || expression instanceof TextBlockLiteralExpr) {
      return named("java.lang.String", 0);
    }
    if (expression instanceof ClassExpr) {
      return named("java.lang.Class", 0);
    }
    if (expression instanceof ArrayCreationExpr creation) {
      return sourceType(creation.getElementType(), creation.getLevels().size());
    }
    if (expression instanceof ArrayAccessExpr access) {
      Resolution<ValueType> array = typeOf(access.getName());
      if (array instanceof Resolution.Found<ValueType> found) {
        return found.value().isArray()
            ? Resolution.found(new ValueType(found.value().type(), found.value().arrayDimensions() - 1))
            : Resolution.unknown(UnknownReason.UNSUPPORTED, "indexing a non-array");
      }
      return array;
    }
    if (expression instanceof MethodCallExpr call) {
      return methods.returnType(call);
    }
    return Resolution.unknown(UnknownReason.NEEDS_INFERENCE, expression.getClass().getSimpleName());
  }

  Resolution<TypeSymbol> thisType(ThisExpr self) {
    if (self.getTypeName().isPresent()) {
      List<String> parts = Arrays.asList(self.getTypeName().get().asString().split("\\."));
      return scopes.resolveQualifiable(parts, self);
    }
    Node declaration = TypeScopes.enclosingClassBody(self);
    return declaration == null ? Resolution.unknown(UnknownReason.UNSUPPORTED, "this outside a type")
        : table.declaredBy(declaration).<Resolution<TypeSymbol>>map(Resolution::found)
            .orElseGet(() -> Resolution.unknown(UnknownReason.UNSUPPORTED, "this"));
  }

  /** A name with no qualifier: local, parameter, field of an enclosing type, static import, type, package. */
  private Resolution<Meaning> simpleName(String name, Node context) {
    Resolution<Meaning> uncertainty = null;
    Node child = context;
    CompilationUnit unit = null;
    for (Node node = context.getParentNode().orElse(null); node != null; child = node, node = node.getParentNode().orElse(null)) {
      Optional<Variables.Local> local = variables.declaredAt(node, name);
      if (local.isPresent()) {
        if (uncertainty != null) {
          return uncertainty;
        }
        return local.get().type().isEmpty()
            ? Resolution.found(new Meaning.Value(Optional.empty()))
            : Resolution.found(valueMeaning(sourceType(local.get().type().get(), local.get().extraDimensions())));
      }
      if (TypeScopes.isTypeScope(node) && TypeScopes.isInBody(node, child)) {
        TypeSymbol owner = table.declaredBy(node).orElse(null);
        if (owner == null) {
          return Resolution.unknown(UnknownReason.UNSUPPORTED, name);
        }
        Hierarchy.Lookup<FieldSymbol> fields = hierarchy.fields(owner, name);
        if (!fields.isEmpty()) {
          return uncertainty != null ? uncertainty : Resolution.found(fieldMeaning(fields.found().get(0)));
        }
        if (!fields.complete() && uncertainty == null) {
          uncertainty = fields.unknown();
        }
      }
      if (node instanceof CompilationUnit cu) {
        unit = cu;
      }
    }
    if (unit == null) {
      return Resolution.unknown(UnknownReason.UNSUPPORTED, "detached node");
    }
    Resolution<Meaning> imported = staticallyImportedField(unit, name);
    if (imported != null) {
      return imported instanceof Resolution.Found<Meaning> && uncertainty != null ? uncertainty : imported;
    }
    Resolution<TypeSymbol> type = scopes.resolveSimple(name, context);
    if (type instanceof Resolution.Found<TypeSymbol> found) {
      return Resolution.found(new Meaning.TypeName(found.value()));
    }
    if (uncertainty != null) {
      return uncertainty;
    }
    if (type instanceof Resolution.Missing<TypeSymbol>) {
      return Resolution.found(new Meaning.PackageName(name));
    }
    return type.cast();
  }

  /** A field brought in by a static import, or null when no static import can supply it. */
  private Resolution<Meaning> staticallyImportedField(CompilationUnit unit, String name) {
    Resolution<Meaning> uncertainty = null;
    boolean broken = false;
    for (ImportDeclaration imp : unit.getImports()) {
      if (!imp.isStatic() || (!imp.isAsterisk() && !imp.getName().getIdentifier().equals(name))) {
        continue;
      }
      Resolution<TypeSymbol> holder = scopes.importedType(imp);
      if (!(holder instanceof Resolution.Found<TypeSymbol> found)) {
        broken |= holder instanceof Resolution.Missing<TypeSymbol> || holder instanceof Resolution.Broken<TypeSymbol>;
        if (holder instanceof Resolution.Unknown<TypeSymbol>) {
          uncertainty = holder.cast();
        }
        continue;
      }
      Hierarchy.Lookup<FieldSymbol> fields = hierarchy.fields(found.value(), name);
      if (!fields.isEmpty()) {
        return Resolution.found(fieldMeaning(fields.found().get(0)));
      }
      if (!fields.complete()) {
        uncertainty = fields.unknown();
      } else if (!imp.isAsterisk() && scopes.hasNoMemberNamed(found.value(), name)) {
        broken = true; // the static import itself is wrong: IH104 reports it there
      }
    }
    if (uncertainty != null) {
      return uncertainty;
    }
    return broken ? Resolution.broken() : null;
  }

  /** {@code qualifier.name} where the qualifier's meaning is known. */
  private Resolution<Meaning> member(Meaning qualifier, String name) {
    if (qualifier instanceof Meaning.PackageName pkg) {
      String qualified = pkg.name() + "." + name;
      var type = table.topLevelType(pkg.name(), name);
      return Resolution.found(type.<Meaning>map(Meaning.TypeName::new).orElse(new Meaning.PackageName(qualified)));
    }
    if (qualifier instanceof Meaning.Value value) {
      if (value.type().isEmpty()) {
        return Resolution.unknown(UnknownReason.NEEDS_INFERENCE, name);
      }
      ValueType receiver = value.type().get();
      if (receiver.isArray()) {
        return name.equals("length")
            ? Resolution.found(new Meaning.Value(Optional.empty()))
            : Resolution.missing(MissingKind.MEMBER, "an array has no field '" + name + "'");
      }
      Hierarchy.Lookup<FieldSymbol> fields = hierarchy.fields(receiver.type(), name);
      if (!fields.isEmpty()) {
        return Resolution.found(fieldMeaning(fields.found().get(0)));
      }
      return fields.complete()
          ? Resolution.missing(MissingKind.MEMBER,
              "type '" + TypeScopes.display(receiver.type()) + "' has no field '" + name + "'",
              scopes.suggestions().fields(receiver.type(), name))
          : fields.unknown();
    }
    TypeSymbol type = ((Meaning.TypeName) qualifier).type();
    Hierarchy.Lookup<FieldSymbol> fields = hierarchy.fields(type, name);
    if (!fields.isEmpty()) {
      return Resolution.found(fieldMeaning(fields.found().get(0)));
    }
    Hierarchy.Lookup<TypeSymbol> memberTypes = hierarchy.memberTypes(type, name);
    if (!memberTypes.isEmpty()) {
      return Resolution.found(new Meaning.TypeName(memberTypes.found().get(0)));
    }
    if (!fields.complete() || !memberTypes.complete()) {
      return fields.complete() ? memberTypes.unknown() : fields.unknown();
    }
    List<String> suggestions = scopes.suggestions().fields(type, name);
    return Resolution.missing(MissingKind.MEMBER,
        "type '" + TypeScopes.display(type) + "' has no field or member type '" + name + "'",
        suggestions.isEmpty() ? scopes.suggestions().memberTypes(type, name) : suggestions);
  }

  private Meaning fieldMeaning(FieldSymbol field) {
    return new Meaning.Value(Optional.ofNullable(valueType(field.type()).valueOrNull()), Optional.of(field));
  }

  private static Meaning valueMeaning(Resolution<ValueType> type) {
    return new Meaning.Value(Optional.ofNullable(type.valueOrNull()));
  }

  Resolution<ValueType> valueType(TypeRef written) {
    if (written instanceof TypeRef.Deferred deferred) {
      Optional<TypeRef.Named> known = deferred.file().resolved(deferred.ordinal());
      Optional<TypeSymbol> type = known.flatMap(named -> table.type(named.binaryName()));
      if (type.isPresent()) {
        return Resolution.found(new ValueType(type.get(), known.get().arrayDimensions()));
      }
    }
    TypeRef ref = written instanceof TypeRef.Deferred deferred ? deferred.materialize() : written;
    if (ref instanceof TypeRef.Named named) {
      return named(named.binaryName(), named.arrayDimensions());
    }
    if (ref instanceof TypeRef.InSource source) {
      return sourceType(source.node(), 0);
    }
    return Resolution.unknown(UnknownReason.NEEDS_INFERENCE, ref.toString());
  }

  private Resolution<ValueType> named(String binaryName, int dimensions) {
    return table.type(binaryName).<Resolution<ValueType>>map(t -> Resolution.found(new ValueType(t, dimensions)))
        .orElseGet(() -> Resolution.unknown(UnknownReason.INCOMPLETE_HIERARCHY, binaryName));
  }

  private Resolution<ValueType> sourceType(Type type, int extraDimensions) {
    if (type instanceof ArrayType array) {
      return sourceType(array.getComponentType(), extraDimensions + 1);
    }
    if (type instanceof ClassOrInterfaceType written) {
      return scopes.resolveTypeNode(written).map(t -> new ValueType(t, extraDimensions));
    }
    return Resolution.unknown(UnknownReason.NEEDS_INFERENCE, type.toString());
  }
}
