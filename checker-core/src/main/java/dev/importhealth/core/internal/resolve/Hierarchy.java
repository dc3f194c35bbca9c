package dev.importhealth.core.internal.resolve;

import dev.importhealth.core.index.FieldSymbol;
import dev.importhealth.core.index.MethodSymbol;
import dev.importhealth.core.index.TypeRef;
import dev.importhealth.core.index.TypeSymbol;
import dev.importhealth.core.internal.symbols.SymbolTable;
import dev.importhealth.core.semantics.Resolution;
import dev.importhealth.core.semantics.UnknownReason;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Supertypes and inherited members. A lookup is complete only when every type of the hierarchy
 * is known and none of them may gain members at compile time; an incomplete lookup that finds
 * nothing proves nothing.
 */
final class Hierarchy {

  /** The members of one name found in a hierarchy, and whether the search saw all of it. */
  record Lookup<T>(List<T> found, boolean complete, UnknownReason reason, String detail) {
    boolean isEmpty() {
      return found.isEmpty();
    }

    /** Why the lookup saw only part of the hierarchy, as an unknown resolution. */
    <R> Resolution<R> unknown() {
      return Resolution.unknown(reason, detail);
    }
  }

  private static final String OBJECT = "java.lang.Object";

  private final SymbolTable table;
  private final TypeScopes scopes;
  private final Map<TypeSymbol, List<Resolution<TypeSymbol>>> supertypeCache = identityMap();
  private final ThreadLocal<Set<String>> inProgress = ThreadLocal.withInitial(HashSet::new);
  // The same few names are looked up in the same types from every file (assertEquals, of, get):
  // lookups are pure functions of the index, so they are cached per type and name.
  // Keyed by symbol identity: two modules may declare types with one binary name.
  private final Map<TypeSymbol, Map<String, Lookup<MethodSymbol>>> methodCache = identityMap();
  private final Map<TypeSymbol, Map<String, Lookup<FieldSymbol>>> fieldCache = identityMap();
  private final Map<TypeSymbol, Map<String, Lookup<TypeSymbol>>> memberTypeCache = identityMap();

  Hierarchy(SymbolTable table, TypeScopes scopes) {
    this.table = table;
    this.scopes = scopes;
  }

  List<Resolution<TypeSymbol>> supertypes(TypeSymbol type) {
    List<Resolution<TypeSymbol>> cached = supertypeCache.get(type);
    if (cached != null) {
      return cached;
    }
    Set<String> active = inProgress.get();
    if (!active.add(type.binaryName())) {
      // a cycle (illegal code, or a scope that needs this very hierarchy): say nothing
      return List.of(Resolution.unknown(UnknownReason.INCOMPLETE_HIERARCHY, "cyclic hierarchy"));
    }
    try {
      List<Resolution<TypeSymbol>> resolved = new ArrayList<>();
      for (TypeRef ref : type.supertypes()) {
        resolved.add(resolveSupertype(ref));
      }
      List<Resolution<TypeSymbol>> result = List.copyOf(resolved);
      supertypeCache.put(type, result);
      return result;
    } finally {
      active.remove(type.binaryName());
    }
  }

  private Resolution<TypeSymbol> resolveSupertype(TypeRef declared) {
    if (declared instanceof TypeRef.Deferred deferred) {
      java.util.Optional<TypeSymbol> known = deferred.file().resolved(deferred.ordinal())
          .filter(named -> named.arrayDimensions() == 0).flatMap(named -> table.type(named.binaryName()));
      if (known.isPresent()) {
        return Resolution.found(known.get());
      }
    }
    TypeRef ref = declared instanceof TypeRef.Deferred deferred ? deferred.materialize() : declared;
    if (ref instanceof TypeRef.Named named) {
      return table.type(named.binaryName())
          .<Resolution<TypeSymbol>>map(Resolution::found)
          .orElseGet(() -> Resolution.unknown(UnknownReason.INCOMPLETE_HIERARCHY, named.binaryName()));
    }
    if (ref instanceof TypeRef.InSource source
        && source.node() instanceof com.github.javaparser.ast.type.ClassOrInterfaceType written) {
      return scopes.resolveTypeNode(written);
    }
    return Resolution.unknown(UnknownReason.UNSUPPORTED, "supertype " + ref);
  }

  /** Methods of that name; an interface's static methods are not inherited (JLS 8.4.8). */
  Lookup<MethodSymbol> methods(TypeSymbol type, String name) {
    return cached(methodCache, type, name, () -> collect(type, t -> t.methods().stream()
        .filter(m -> m.name().equals(name) && (t == type || !m.isStatic() || !t.kind().isInterfaceLike()))
        .filter(m -> t == type || m.access().inheritedInto(t.packageName(), type.packageName()))
        .toList(), true, false));
  }

  /** Constructors are not inherited: only the type's own count. */
  Lookup<MethodSymbol> constructors(TypeSymbol type) {
    List<MethodSymbol> own = type.methods().stream().filter(m -> m.name().equals(MethodSymbol.CONSTRUCTOR)).toList();
    return new Lookup<>(own, type.membersKnown(), type.membersKnown() ? null : UnknownReason.GENERATED_MEMBERS, type.binaryName());
  }

  /** Fields of that name, nearest first; Java takes the first one found. */
  Lookup<FieldSymbol> fields(TypeSymbol type, String name) {
    return cached(fieldCache, type, name, () -> collect(type, t -> t.fields().stream()
        .filter(f -> f.name().equals(name))
        .filter(f -> t == type || f.access().inheritedInto(t.packageName(), type.packageName()))
        .toList(), false, true));
  }

  Lookup<TypeSymbol> memberTypes(TypeSymbol type, String name) {
    return cached(memberTypeCache, type, name, () -> collect(type, t -> {
      String binaryName = t.memberTypes().get(name);
      return binaryName == null ? List.of() : table.type(binaryName)
          .filter(member -> t == type || member.access().inheritedInto(t.packageName(), type.packageName()))
          .stream().toList();
    }, false, true));
  }

  /**
   * A lookup from the cache, or computed and cached. Not computeIfAbsent: a lookup may trigger
   * other lookups (resolving a source supertype), which ConcurrentHashMap forbids inside it. A
   * lookup made while a cycle guard cut the hierarchy short is not cached.
   */
  private static <T> Lookup<T> cached(Map<TypeSymbol, Map<String, Lookup<T>>> cache, TypeSymbol type, String name,
      java.util.function.Supplier<Lookup<T>> lookup) {
    Map<String, Lookup<T>> byName = cache.computeIfAbsent(type, t -> new ConcurrentHashMap<>());
    Lookup<T> result = byName.get(name);
    if (result == null) {
      result = lookup.get();
      if (result.complete() || result.reason() != UnknownReason.INCOMPLETE_HIERARCHY) {
        byName.put(name, result);
      }
    }
    return result;
  }

  private static <K, V> Map<K, V> identityMap() {
    return java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());
  }

  /** Every member name of the hierarchy, for "did you mean". */
  Set<String> memberNames(TypeSymbol type, boolean methods) {
    Set<String> names = new LinkedHashSet<>();
    collect(type, t -> {
      if (methods) {
        t.methods().forEach(m -> {
          if (!m.name().equals(MethodSymbol.CONSTRUCTOR)) {
            names.add(m.name());
          }
        });
      } else {
        t.fields().forEach(f -> names.add(f.name()));
      }
      return List.of();
    }, methods, false);
    return names;
  }

  /**
   * Walks the type and all its supertypes breadth first. Interfaces implicitly have the members
   * of Object (JLS 9.2), so methods are also looked up there.
   */
  private <T> Lookup<T> collect(
      TypeSymbol start, Function<TypeSymbol, List<T>> membersOf, boolean includeObject, boolean stopAtFirst) {
    List<T> found = new ArrayList<>();
    boolean complete = true;
    UnknownReason reason = null;
    String detail = null;
    Deque<TypeSymbol> queue = new ArrayDeque<>();
    Set<String> seen = new HashSet<>();
    queue.add(start);
    seen.add(start.binaryName());
    while (!queue.isEmpty()) {
      TypeSymbol type = queue.poll();
      found.addAll(membersOf.apply(type));
      if (stopAtFirst && !found.isEmpty()) {
        return new Lookup<>(found, true, null, null);
      }
      if (!type.membersKnown() && complete) {
        complete = false;
        reason = UnknownReason.GENERATED_MEMBERS;
        detail = type.binaryName();
      } else if (table.isFromOlderJdk(type) && complete) {
        complete = false;
        reason = UnknownReason.NEWER_JDK;
        detail = type.binaryName();
      }
      for (Resolution<TypeSymbol> supertype : supertypes(type)) {
        if (supertype instanceof Resolution.Found<TypeSymbol> f) {
          if (seen.add(f.value().binaryName())) {
            queue.add(f.value());
          }
        } else if (complete) {
          complete = false;
          boolean outside = supertype instanceof Resolution.Unknown<TypeSymbol> u
              && u.reason() == UnknownReason.OUTSIDE_KNOWN_NAMESPACES;
          reason = outside ? UnknownReason.OUTSIDE_KNOWN_NAMESPACES : UnknownReason.INCOMPLETE_HIERARCHY;
          detail = supertype instanceof Resolution.Unknown<TypeSymbol> u ? u.detail() : type.binaryName();
        }
      }
    }
    if (includeObject && seen.add(OBJECT)) {
      var object = table.type(OBJECT);
      if (object.isPresent()) {
        found.addAll(membersOf.apply(object.get()));
      } else if (complete) {
        complete = false;
        reason = UnknownReason.INCOMPLETE_HIERARCHY;
        detail = OBJECT;
      }
    }
    return new Lookup<>(found, complete, reason, detail);
  }
}
