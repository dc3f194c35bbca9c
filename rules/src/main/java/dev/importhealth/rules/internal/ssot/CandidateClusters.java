package dev.importhealth.rules.internal.ssot;

import dev.importhealth.core.index.TypeKind;
import dev.importhealth.core.index.TypeRef;
import dev.importhealth.core.structure.MethodView;
import dev.importhealth.core.structure.Structures;
import dev.importhealth.core.structure.TypeView;
import dev.importhealth.core.structure.Visibility;
import dev.importhealth.rules.internal.fixtures.TypeHierarchy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Groups classes that look like competing implementations of one role: the same name stem
 * ({@link NameStems}), no inheritance between them (a subclass refines, it does not compete),
 * and evidence that they play the same part: a shared interface, or a public API that largely
 * overlaps. A cluster needs two such classes at least.
 */
public final class CandidateClusters {

  /** Interfaces every other class implements: sharing them says nothing about a role. */
  private static final Set<String> GENERIC_INTERFACES = Set.of("java.io.Serializable", "java.lang.Cloneable",
      "java.lang.Comparable", "java.lang.AutoCloseable", "java.io.Closeable", "java.lang.Runnable",
      "java.lang.Iterable", "java.util.EventListener", "java.io.Externalizable");
  private static final Set<String> OBJECT_METHODS = Set.of("equals", "hashCode", "toString", "clone", "finalize",
      "compareTo", "close", "run", "iterator");
  private static final int MIN_SHARED_METHODS = 3;
  private static final double MIN_OVERLAP = 0.6;

  /** One class of a cluster. */
  public record Member(TypeView type, String stem) {}

  /** Classes of one stem that compete, and what they share. */
  public record Cluster(String stem, List<Member> members, Set<String> sharedInterfaces, Set<String> sharedMethods) {}

  private CandidateClusters() {}

  public static List<Cluster> of(Collection<TypeView> classes, Structures structures) {
    Map<String, List<Member>> byStem = new LinkedHashMap<>();
    for (TypeView type : classes) {
      NameStems.Stem stem = NameStems.of(type.simpleName());
      if (NameStems.isSpecific(stem.stem())) {
        byStem.computeIfAbsent(stem.stem(), s -> new ArrayList<>()).add(new Member(type, stem.stem()));
      }
    }
    TypeHierarchy hierarchy = new TypeHierarchy(structures);
    List<Cluster> clusters = new ArrayList<>();
    for (Map.Entry<String, List<Member>> group : byStem.entrySet()) {
      List<Member> members = unrelated(group.getValue(), hierarchy);
      if (members.size() < 2) {
        continue;
      }
      for (List<Member> component : components(members, hierarchy)) {
        Set<String> interfaces = shared(component, m -> interfaces(m.type(), hierarchy));
        Set<String> methods = shared(component, m -> publicMethods(m.type()));
        clusters.add(new Cluster(group.getKey(), component, interfaces, methods));
      }
    }
    return clusters;
  }

  /**
   * The members linked, pair by pair, by a shared role interface or by mostly the same public
   * methods; groups of two or more.
   */
  private static List<List<Member>> components(List<Member> members, TypeHierarchy hierarchy) {
    int n = members.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (related(members.get(i), members.get(j), hierarchy)) {
          parent[find(parent, i)] = find(parent, j);
        }
      }
    }
    Map<Integer, List<Member>> groups = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(members.get(i));
    }
    return groups.values().stream().filter(g -> g.size() >= 2
        && g.stream().map(m -> m.type().simpleName()).distinct().count() >= 2).toList();
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      i = parent[i];
    }
    return i;
  }

  private static boolean related(Member a, Member b, TypeHierarchy hierarchy) {
    if (wraps(a.type(), b.type()) || wraps(b.type(), a.type())) {
      return false; // an adapter holds what it adapts: the two are meant to coexist
    }
    Set<String> interfaces = new TreeSet<>(interfaces(a.type(), hierarchy));
    interfaces.retainAll(interfaces(b.type(), hierarchy));
    if (!interfaces.isEmpty()) {
      return true;
    }
    Set<String> methodsA = publicMethods(a.type());
    Set<String> methodsB = publicMethods(b.type());
    Set<String> shared = new TreeSet<>(methodsA);
    shared.retainAll(methodsB);
    return shared.size() >= MIN_SHARED_METHODS && shared.size() >= MIN_OVERLAP * Math.min(methodsA.size(), methodsB.size());
  }

  /** Whether {@code outer} has a field of {@code inner}'s type: a wrapper, delegate or adapter. */
  private static boolean wraps(TypeView outer, TypeView inner) {
    return outer.fields().stream().anyMatch(field -> field.type() instanceof TypeRef.Named named
        && named.binaryName().equals(inner.binaryName()));
  }

  /** The members none of which extends another; of a base and its subclass, the base stays. */
  private static List<Member> unrelated(List<Member> members, TypeHierarchy hierarchy) {
    List<Member> kept = new ArrayList<>();
    for (Member member : members) {
      boolean refinesAnother = members.stream().anyMatch(other -> other != member
          && superclasses(member.type(), hierarchy).contains(other.type().binaryName()));
      if (!refinesAnother) {
        kept.add(member);
      }
    }
    return kept;
  }

  private static Set<String> superclasses(TypeView type, TypeHierarchy hierarchy) {
    Set<String> names = new TreeSet<>();
    hierarchy.classChain(type).ifPresent(chain -> chain.forEach(t -> names.add(t.binaryName())));
    names.remove(type.binaryName());
    return names;
  }

  /** Every interface the type implements, through its whole hierarchy; empty when any is unknown. */
  private static Set<String> interfaces(TypeView type, TypeHierarchy hierarchy) {
    Set<String> names = new TreeSet<>();
    Optional<List<TypeView>> all = hierarchy.allTypes(type);
    all.ifPresent(types -> types.stream().filter(t -> t.kind() == TypeKind.INTERFACE)
        .map(TypeView::binaryName).filter(n -> !GENERIC_INTERFACES.contains(n)).forEach(names::add));
    return names;
  }

  /** Public instance methods a caller would use, by name. */
  private static Set<String> publicMethods(TypeView type) {
    Set<String> names = new TreeSet<>();
    for (MethodView method : type.methods()) {
      if (method.visibility() == Visibility.PUBLIC && !method.isStatic() && !method.isConstructor()
          && !OBJECT_METHODS.contains(method.name())) {
        names.add(method.name());
      }
    }
    return names;
  }

  private static Set<String> shared(List<Member> members, Function<Member, Set<String>> of) {
    Set<String> shared = new TreeSet<>(of.apply(members.get(0)));
    members.subList(1, members.size()).forEach(m -> shared.retainAll(of.apply(m)));
    return shared;
  }
}
