package dev.importhealth.core.internal.resolve;

import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import dev.importhealth.core.index.TypeSymbol;
import dev.importhealth.core.internal.symbols.Knowledge;
import dev.importhealth.core.semantics.MissingKind;
import dev.importhealth.core.semantics.Resolution;
import dev.importhealth.core.semantics.UnknownReason;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What import declarations name (JLS 7.5): a type, a package, or the type that holds a static
 * import's member. An import that names nothing is {@code Missing} here and reported by the
 * import rules; names that depend on it come out {@code Broken}, so the cause is reported once.
 */
final class Imports {

  private final TypeScopes scopes;
  private final Map<Node, Resolution<TypeSymbol>> cache = Collections.synchronizedMap(new IdentityHashMap<>());

  Imports(TypeScopes scopes) {
    this.scopes = scopes;
  }

  /** The type a non-static import names, or the type holding a static import's member. Memoised. */
  Resolution<TypeSymbol> importedType(ImportDeclaration imp) {
    Resolution<TypeSymbol> cached = cache.get(imp);
    if (cached != null) {
      return cached;
    }
    List<String> parts = Arrays.asList(imp.getNameAsString().split("\\."));
    if (imp.isStatic() && !imp.isAsterisk()) {
      parts = parts.subList(0, parts.size() - 1);
    }
    Resolution<TypeSymbol> result;
    if (imp.isAsterisk() && !imp.isStatic()) {
      String pkg = imp.getNameAsString();
      Resolution<TypeSymbol> asType = scopes.resolveCanonical(parts);
      if (asType.isFound() || scopes.table().packageExists(pkg)) {
        result = asType.isFound() ? asType : Resolution.found(null);
      } else {
        Knowledge knowledge = scopes.table().knowledgeOf(pkg);
        if (!knowledge.isComplete()) {
          result = Resolution.unknown(knowledge.reason(), pkg);
        } else if (scopes.table().isInOlderJdkRelease(parts, Optional.of(pkg))) {
          result = Resolution.unknown(UnknownReason.REMOVED_FROM_JDK, pkg);
        } else {
          result = Resolution.missing(MissingKind.PACKAGE, "package '" + pkg + "' does not exist", List.of());
        }
      }
    } else {
      result = scopes.resolveCanonical(parts);
    }
    cache.put(imp, result);
    return result;
  }

  /** A member type {@code name} brought in by a single static import. */
  Resolution<TypeSymbol> typeFromStaticImport(ImportDeclaration imp, String name) {
    Resolution<TypeSymbol> holder = importedType(imp);
    if (!(holder instanceof Resolution.Found<TypeSymbol> found)) {
      return holder instanceof Resolution.Missing<TypeSymbol> ? Resolution.broken() : holder;
    }
    Hierarchy.Lookup<TypeSymbol> lookup = scopes.hierarchy().memberTypes(found.value(), name);
    if (!lookup.isEmpty()) {
      return Resolution.found(lookup.found().get(0));
    }
    return lookup.complete() ? Resolution.missing(MissingKind.TYPE, name, List.of()) : lookup.unknown();
  }

  /** A type {@code name} brought in by an on-demand import of a package or of a type's members. */
  Resolution<TypeSymbol> typeFromOnDemandImport(ImportDeclaration imp, String name) {
    Resolution<TypeSymbol> target = importedType(imp);
    if (target instanceof Resolution.Missing<TypeSymbol>) {
      return Resolution.broken();
    }
    if (!(target instanceof Resolution.Found<TypeSymbol> found)) {
      return target;
    }
    if (found.value() == null) {
      String pkg = imp.getNameAsString();
      var type = scopes.table().topLevelType(pkg, name);
      if (type.isPresent()) {
        return Resolution.found(type.get());
      }
      Knowledge knowledge = scopes.table().knowledgeOf(pkg);
      if (!knowledge.isComplete()) {
        return Resolution.unknown(knowledge.reason(), pkg + "." + name);
      }
      return scopes.table().isInOlderJdkRelease(pkg + "." + name)
          ? Resolution.unknown(UnknownReason.REMOVED_FROM_JDK, pkg + "." + name)
          : Resolution.missing(MissingKind.TYPE, name, List.of());
    }
    Hierarchy.Lookup<TypeSymbol> lookup = scopes.hierarchy().memberTypes(found.value(), name);
    if (!lookup.isEmpty()) {
      return Resolution.found(lookup.found().get(0));
    }
    return lookup.complete() ? Resolution.missing(MissingKind.TYPE, name, List.of()) : lookup.unknown();
  }
}
