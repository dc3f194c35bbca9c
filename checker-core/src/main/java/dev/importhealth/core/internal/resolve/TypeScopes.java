package dev.importhealth.core.internal.resolve;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithStatements;
import com.github.javaparser.ast.nodeTypes.NodeWithTypeParameters;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.LocalRecordDeclarationStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.importhealth.core.index.TypeOrigin;
import dev.importhealth.core.index.TypeSymbol;
import dev.importhealth.core.internal.symbols.Knowledge;
import dev.importhealth.core.internal.symbols.SymbolTable;
import dev.importhealth.core.semantics.MissingKind;
import dev.importhealth.core.semantics.Resolution;
import dev.importhealth.core.semantics.UnknownReason;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves type names by Java's scoping rules (JLS 6.4, 7.5): type variables, local classes,
 * member types (own and inherited) of each enclosing type, the compilation unit, single-type
 * imports, the package, on-demand imports, then {@code java.lang}.
 */
final class TypeScopes {

  private final SymbolTable table;
  private final Hierarchy hierarchy;
  private final Suggestions suggestions;
  private final Map<Node, Resolution<TypeSymbol>> typeNodeCache = Collections.synchronizedMap(new IdentityHashMap<>());
  private final Imports imports;

  TypeScopes(SymbolTable table) {
    this.table = table;
    this.hierarchy = new Hierarchy(table, this);
    this.suggestions = new Suggestions(table, hierarchy);
    this.imports = new Imports(this);
  }

  SymbolTable table() {
    return table;
  }

  Hierarchy hierarchy() {
    return hierarchy;
  }

  Suggestions suggestions() {
    return suggestions;
  }

  /** A written class or interface type, qualified or not. Memoised per node. */
  Resolution<TypeSymbol> resolveTypeNode(ClassOrInterfaceType type) {
    Resolution<TypeSymbol> cached = typeNodeCache.get(type);
    if (cached != null) {
      return cached;
    }
    Resolution<TypeSymbol> result = resolveQualifiable(qualifiedParts(type), type);
    typeNodeCache.put(type, result);
    return result;
  }

  /** {@code Outer.Inner} or {@code a.b.C.D} as written at {@code context}. */
  Resolution<TypeSymbol> resolveQualifiable(List<String> parts, Node context) {
    Resolution<TypeSymbol> first = resolveSimple(parts.get(0), context);
    if (parts.size() == 1) {
      return first;
    }
    if (first instanceof Resolution.Found<TypeSymbol> found) {
      return memberTypeChain(found.value(), parts.subList(1, parts.size()));
    }
    if (first instanceof Resolution.Missing<TypeSymbol> && Character.isUpperCase(parts.get(0).charAt(0))) {
      // an upper-case head that is no type in scope names no package either (JLS 6.1 naming
      // conventions): `Renamed.Inner` is javac's "cannot find symbol", as for expression names
      return first;
    }
    if (first instanceof Resolution.Missing<TypeSymbol>
        || (first instanceof Resolution.Unknown<TypeSymbol> && Character.isLowerCase(parts.get(0).charAt(0)))) {
      // not a type in scope, so Java reads the head as a package name
      return resolveCanonical(parts);
    }
    return first;
  }

  Resolution<TypeSymbol> memberTypeChain(TypeSymbol start, List<String> names) {
    TypeSymbol current = start;
    for (String name : names) {
      Hierarchy.Lookup<TypeSymbol> lookup = hierarchy.memberTypes(current, name);
      if (!lookup.isEmpty()) {
        current = lookup.found().get(0);
      } else if (!lookup.complete()) {
        return lookup.unknown();
      } else if (current.origin() instanceof TypeOrigin.Jdk
          && table.isInOlderJdkRelease(current.binaryName() + "$" + name)) {
        return Resolution.unknown(UnknownReason.REMOVED_FROM_JDK, current.binaryName() + "$" + name);
      } else {
        return Resolution.missing(MissingKind.TYPE,
            "type '" + display(current) + "' has no member type '" + name + "'",
            suggestions.memberTypes(current, name));
      }
    }
    return Resolution.found(current);
  }

  /**
   * A fully qualified (canonical) name, as imports write them: the longest prefix that is a
   * package, then a top-level type, then member types.
   */
  Resolution<TypeSymbol> resolveCanonical(List<String> parts) {
    for (int packageLength = 0; packageLength < parts.size(); packageLength++) {
      String pkg = String.join(".", parts.subList(0, packageLength));
      if (packageLength > 0 && !table.packageExists(pkg)) {
        break;
      }
      var top = table.topLevelType(pkg, parts.get(packageLength));
      if (top.isPresent()) {
        return memberTypeChain(top.get(), parts.subList(packageLength + 1, parts.size()));
      }
    }
    return missingQualified(parts);
  }

  /** Explains why no split of {@code parts} names a type, if the index can be sure of it. */
  private Resolution<TypeSymbol> missingQualified(List<String> parts) {
    int existing = 0;
    while (existing < parts.size() - 1 && table.packageExists(String.join(".", parts.subList(0, existing + 1)))) {
      existing++;
    }
    String next = parts.get(existing);
    boolean nextIsType = existing == parts.size() - 1 || Character.isUpperCase(next.charAt(0));
    if (existing > 0 && nextIsType) {
      String pkg = String.join(".", parts.subList(0, existing));
      Knowledge knowledge = table.knowledgeOf(pkg);
      if (!knowledge.isComplete()) {
        return Resolution.unknown(knowledge.reason(), pkg + "." + next);
      }
      if (table.isInOlderJdkRelease(parts, Optional.empty())) {
        return Resolution.unknown(UnknownReason.REMOVED_FROM_JDK, pkg + "." + next);
      }
      return Resolution.missing(MissingKind.TYPE,
          "type '" + next + "' does not exist in package '" + pkg + "'",
          suggestions.typesLike(pkg, next));
    }
    String missingPackage = String.join(".", parts.subList(0, existing + 1));
    Knowledge knowledge = table.knowledgeOf(missingPackage);
    if (!knowledge.isComplete()) {
      return Resolution.unknown(knowledge.reason(), missingPackage);
    }
    if (table.isInOlderJdkRelease(parts, Optional.of(missingPackage))) {
      return Resolution.unknown(UnknownReason.REMOVED_FROM_JDK, missingPackage);
    }
    return Resolution.missing(MissingKind.PACKAGE,
        "package '" + missingPackage + "' does not exist",
        suggestions.movedType(parts.get(parts.size() - 1)));
  }

  /** A simple type name at {@code context}, walking scopes outward. */
  Resolution<TypeSymbol> resolveSimple(String name, Node context) {
    Resolution<TypeSymbol> uncertainty = null;
    Node child = context;
    CompilationUnit unit = null;
    for (Node node = context.getParentNode().orElse(null); node != null; child = node, node = node.getParentNode().orElse(null)) {
      if (node instanceof NodeWithTypeParameters<?> generic && !isAnnotationOf(node, child)
          && generic.getTypeParameters().stream().anyMatch(p -> p.getNameAsString().equals(name))) {
        return Resolution.unknown(UnknownReason.NEEDS_INFERENCE, "type variable " + name);
      }
      if (isTypeScope(node)) {
        TypeSymbol owner = table.declaredBy(node).orElse(null);
        if (owner != null && isInBody(node, child)) {
          Hierarchy.Lookup<TypeSymbol> lookup = hierarchy.memberTypes(owner, name);
          if (!lookup.isEmpty()) {
            return Resolution.found(lookup.found().get(0));
          }
          if (!lookup.complete() && uncertainty == null) {
            uncertainty = lookup.unknown();
          }
        } else if (owner != null && owner.memberTypes().containsKey(name)) {
          // A header naming the type's own member: javac rejects it, but we need not be that strict.
          uncertainty = Resolution.unknown(UnknownReason.UNSUPPORTED, owner.binaryName() + "." + name);
        }
      }
      if (node instanceof NodeWithStatements<?> block) {
        TypeSymbol local = localType(block.getStatements(), name);
        if (local != null) {
          return Resolution.found(local);
        }
      }
      if (node instanceof CompilationUnit cu) {
        unit = cu;
        break;
      }
    }
    if (unit == null) {
      return Resolution.unknown(UnknownReason.UNSUPPORTED, "detached node");
    }
    return resolveInUnit(name, unit, uncertainty);
  }

  private Resolution<TypeSymbol> resolveInUnit(String name, CompilationUnit unit, Resolution<TypeSymbol> uncertainty) {
    for (TypeDeclaration<?> declared : unit.getTypes()) {
      if (declared.getNameAsString().equals(name)) {
        return table.declaredBy(declared).<Resolution<TypeSymbol>>map(Resolution::found)
            .orElseGet(() -> Resolution.unknown(UnknownReason.UNSUPPORTED, name));
      }
    }
    boolean brokenImport = false;
    for (ImportDeclaration imp : unit.getImports()) {
      if (imp.isAsterisk() || !imp.getName().getIdentifier().equals(name)) {
        continue;
      }
      Resolution<TypeSymbol> imported = imp.isStatic() ? imports.typeFromStaticImport(imp, name) : importedType(imp);
      if (imported instanceof Resolution.Found<TypeSymbol> || !imp.isStatic()) {
        return imported instanceof Resolution.Missing<TypeSymbol> ? Resolution.broken() : imported;
      }
      brokenImport |= imported instanceof Resolution.Broken<TypeSymbol>;
      if (imported instanceof Resolution.Unknown<TypeSymbol> && uncertainty == null) {
        uncertainty = imported;
      }
    }
    String pkg = unit.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
    var samePackage = table.topLevelType(pkg, name);
    if (samePackage.isPresent()) {
      return Resolution.found(samePackage.get());
    }
    Knowledge own = table.knowledgeOf(pkg);
    if (!own.isComplete() && uncertainty == null) {
      uncertainty = Resolution.unknown(own.reason(), pkg.isEmpty() ? name : pkg + "." + name);
    }
    for (ImportDeclaration imp : unit.getImports()) {
      if (!imp.isAsterisk()) {
        continue;
      }
      Resolution<TypeSymbol> fromDemand = imports.typeFromOnDemandImport(imp, name);
      if (fromDemand instanceof Resolution.Found<TypeSymbol>) {
        return fromDemand;
      }
      brokenImport |= fromDemand instanceof Resolution.Broken<TypeSymbol>;
      if (fromDemand instanceof Resolution.Unknown<TypeSymbol> && uncertainty == null) {
        uncertainty = fromDemand;
      }
    }
    var javaLang = table.topLevelType("java.lang", name);
    if (javaLang.isPresent()) {
      return Resolution.found(javaLang.get());
    }
    if (brokenImport) {
      return Resolution.broken();
    }
    if (uncertainty != null) {
      return uncertainty;
    }
    if (table.isInOlderJdkRelease("java.lang." + name)) {
      // java.lang.Compiler, gone in 21, is still implicitly imported when building for 20
      return Resolution.unknown(UnknownReason.REMOVED_FROM_JDK, "java.lang." + name);
    }
    return Resolution.missing(MissingKind.TYPE, "type '" + name + "' cannot be found",
        suggestions.simpleTypeName(name, pkg, unit));
  }

  /** The type a non-static import names, or the type holding a static import's member. */
  Resolution<TypeSymbol> importedType(ImportDeclaration imp) {
    return imports.importedType(imp);
  }

  private TypeSymbol localType(List<Statement> statements, String name) {
    for (Statement statement : statements) {
      Node declaration = null;
      if (statement instanceof LocalClassDeclarationStmt local && local.getClassDeclaration().getNameAsString().equals(name)) {
        declaration = local.getClassDeclaration();
      } else if (statement instanceof LocalRecordDeclarationStmt local && local.getRecordDeclaration().getNameAsString().equals(name)) {
        declaration = local.getRecordDeclaration();
      }
      if (declaration != null) {
        return table.declaredBy(declaration).orElse(null);
      }
    }
    return null;
  }

  /**
   * Whether the hierarchy has a field, method or member type of that name: Found (with no
   * value), Missing when the complete hierarchy has none, or Unknown.
   */
  Resolution<Void> memberNamed(TypeSymbol type, String name) {
    List<Hierarchy.Lookup<?>> lookups = List.of(
        hierarchy.fields(type, name), hierarchy.methods(type, name), hierarchy.memberTypes(type, name));
    if (lookups.stream().anyMatch(lookup -> !lookup.isEmpty())) {
      return Resolution.found(null);
    }
    return lookups.stream().filter(lookup -> !lookup.complete()).findFirst()
        .<Resolution<Void>>map(Hierarchy.Lookup::unknown)
        .orElseGet(() -> Resolution.missing(MissingKind.MEMBER, name));
  }

  /** True when a complete hierarchy has no field, method or member type of that name. */
  boolean hasNoMemberNamed(TypeSymbol type, String name) {
    return memberNamed(type, name) instanceof Resolution.Missing<Void>;
  }

  /**
   * The declaration of the class whose instance {@code this} denotes at {@code site}. The
   * arguments of {@code new T(...) { ... }} belong to the enclosing class, not the anonymous one.
   */
  static Node enclosingClassBody(Node site) {
    Node child = site;
    for (Node node = site.getParentNode().orElse(null); node != null; child = node, node = node.getParentNode().orElse(null)) {
      if (isTypeScope(node) && (node instanceof TypeDeclaration<?> || isInBody(node, child))) {
        return node;
      }
    }
    return null;
  }

  static boolean isTypeScope(Node node) {
    return node instanceof TypeDeclaration<?>
        || (node instanceof ObjectCreationExpr creation && creation.getAnonymousClassBody().isPresent())
        || (node instanceof EnumConstantDeclaration constant && !constant.getClassBody().isEmpty());
  }

  /**
   * Whether {@code child} (a direct child of {@code node}) lies in the body of the type declared by
   * {@code node}, not in its header. Members and enum constants are body declarations; header
   * parts (annotations, type parameters, supertypes) are not. Record components count as body.
   */
  static boolean isInBody(Node node, Node child) {
    return child instanceof com.github.javaparser.ast.body.BodyDeclaration<?>
        || (node instanceof RecordDeclaration && child instanceof com.github.javaparser.ast.body.Parameter);
  }

  private static boolean isAnnotationOf(Node node, Node child) {
    return child instanceof com.github.javaparser.ast.expr.AnnotationExpr
        && node instanceof com.github.javaparser.ast.nodeTypes.NodeWithAnnotations<?> annotated
        && annotated.getAnnotations().stream().anyMatch(a -> a == child);
  }

  static List<String> qualifiedParts(ClassOrInterfaceType type) {
    List<String> parts = new ArrayList<>();
    for (ClassOrInterfaceType t = type; t != null; t = t.getScope().orElse(null)) {
      parts.add(0, t.getNameAsString());
    }
    return parts;
  }

  static String display(TypeSymbol type) {
    return type.binaryName().replace('$', '.');
  }
}
