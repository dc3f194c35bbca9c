package dev.importhealth.rules.internal.ssot;

import dev.importhealth.core.api.FileContext;
import dev.importhealth.core.api.ProjectContext;
import dev.importhealth.core.config.Config;
import dev.importhealth.core.config.SsotConcept;
import dev.importhealth.core.index.TypeKind;
import dev.importhealth.core.index.TypeOrigin;
import dev.importhealth.core.index.TypeRef;
import dev.importhealth.core.model.SourceScope;
import dev.importhealth.core.structure.MethodView;
import dev.importhealth.core.structure.Structures;
import dev.importhealth.core.structure.TypeView;
import dev.importhealth.core.structure.Visibility;
import dev.importhealth.rules.internal.fixtures.Tri;
import dev.importhealth.rules.internal.fixtures.TypeHierarchy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decides which project classes compete with a canonical implementation of the {@code ssot:}
 * registry, so that IH401 (the declaration) and IH402 (its uses) always agree. One instance per
 * run, built on first use; each type is judged once.
 */
public final class Competitors {

  /** A shared public method count below this, or below 60 % of the canonical's, is not a duplicate API. */
  static final int MIN_SHARED_METHODS = 3;

  private static final Set<String> OBJECT_METHODS = Set.of("equals", "hashCode", "toString");
  private static final Map<Structures, Competitors> PER_RUN = Collections.synchronizedMap(new WeakHashMap<>());

  /** Why a type competes with the canonical of {@code concept}; {@code reason} ends the message. */
  public record Verdict(SsotConcept concept, String canonical, String reason) {}

  private final Structures structures;
  private final TypeHierarchy hierarchy;
  private final List<SsotConcept> concepts;
  private final Map<String, Optional<Verdict>> verdicts = new ConcurrentHashMap<>();

  private Competitors(Structures structures, Config config) {
    this.structures = structures;
    this.hierarchy = new TypeHierarchy(structures);
    this.concepts = config.ssot();
  }

  public static Competitors of(FileContext context) {
    return of(context.structures(), context.config());
  }

  /** The same judge for project rules and the audit, which see the run as a whole. */
  public static Competitors of(ProjectContext context) {
    return of(context.structures(), context.config());
  }

  private static Competitors of(Structures structures, Config config) {
    return PER_RUN.computeIfAbsent(structures, s -> new Competitors(s, config));
  }

  public boolean registryEmpty() {
    return concepts.isEmpty();
  }

  /** Whether the type with this binary name competes with a canonical implementation, and why. */
  public Optional<Verdict> judge(String binaryName) {
    if (concepts.isEmpty()) {
      return Optional.empty();
    }
    return verdicts.computeIfAbsent(binaryName, name -> structures.type(name).flatMap(this::judgeView));
  }

  private Optional<Verdict> judgeView(TypeView type) {
    if (!(type.origin() instanceof TypeOrigin.Source source) || !isConcrete(type)) {
      return Optional.empty();
    }
    for (SsotConcept concept : concepts) {
      Optional<Verdict> verdict = judge(type, source.scope(), concept);
      if (verdict.isPresent()) {
        return verdict;
      }
    }
    return Optional.empty();
  }

  private Optional<Verdict> judge(TypeView type, SourceScope scope, SsotConcept concept) {
    String name = type.binaryName().replace('$', '.');
    String canonical = concept.canonical();
    if (name.equals(canonical) || name.startsWith(canonical + ".") || concept.allow().contains(name)
        || concept.allow().stream().anyMatch(allowed -> name.startsWith(allowed + "."))) {
      return Optional.empty();
    }
    Optional<TypeView> canonicalView = view(canonical);
    // the canonical's subclasses specialise it and its superclasses are part of it: neither competes
    if (canonicalView.isPresent() && (hierarchy.isSubtypeOf(type, canonicalView.get().binaryName()) == Tri.YES
        || hierarchy.isSubtypeOf(canonicalView.get(), type.binaryName()) == Tri.YES)) {
      return Optional.empty();
    }
    if (concept.interfaceName().isPresent()) {
      Optional<TypeView> role = view(concept.interfaceName().get());
      if (role.isPresent() && hierarchy.isSubtypeOf(type, role.get().binaryName()) == Tri.YES) {
        return verdict(concept, (role.get().kind().isInterfaceLike() ? "it implements '" : "it extends '")
            + concept.interfaceName().get() + "'");
      }
    }
    // test classes are named after what they test, and hand-written fakes copy its API on purpose:
    // in test sources only taking the role (the interface) competes
    if (scope == SourceScope.TEST) {
      return Optional.empty();
    }
    if (concept.pattern().isPresent() && concept.pattern().get().matcher(type.simpleName()).matches()) {
      return verdict(concept, "its name matches the pattern '" + concept.pattern().get() + "'");
    }
    return canonicalView.filter(TypeView::complete).flatMap(c -> sharedApi(type, c))
        .flatMap(reason -> verdict(concept, reason));
  }

  private static Optional<Verdict> verdict(SsotConcept concept, String reason) {
    return Optional.of(new Verdict(concept, concept.canonical(), reason));
  }

  /** The canonical's public instance methods that {@code type} declares too, when they are most of them. */
  private static Optional<String> sharedApi(TypeView type, TypeView canonical) {
    List<MethodView> api = publicApi(canonical);
    List<MethodView> own = publicApi(type);
    List<String> shared = new ArrayList<>();
    for (MethodView method : api) {
      if (own.stream().anyMatch(m -> sameSignature(m, method))) {
        shared.add(method.signature());
      }
    }
    if (shared.size() < MIN_SHARED_METHODS || shared.size() * 5 < api.size() * 3) {
      return Optional.empty();
    }
    return Optional.of("its public methods duplicate " + shared.size() + " of the canonical's " + api.size()
        + " (" + String.join(", ", shared) + ")");
  }

  private static List<MethodView> publicApi(TypeView type) {
    return type.methods().stream()
        .filter(m -> m.visibility() == Visibility.PUBLIC && !m.isStatic() && !m.isConstructor()
            && !OBJECT_METHODS.contains(m.name()))
        .toList();
  }

  /** Same name and parameter types; a parameter whose type is not known never matches. */
  private static boolean sameSignature(MethodView a, MethodView b) {
    if (!a.name().equals(b.name()) || a.parameters().size() != b.parameters().size()) {
      return false;
    }
    for (int i = 0; i < a.parameters().size(); i++) {
      String left = key(a.parameters().get(i).type());
      if (left == null || !left.equals(key(b.parameters().get(i).type()))) {
        return false;
      }
    }
    return true;
  }

  private static String key(TypeRef type) {
    if (type instanceof TypeRef.Named named) {
      return named.binaryName() + "[]".repeat(named.arrayDimensions());
    }
    return type instanceof TypeRef.Primitive primitive ? primitive.keyword() + "[]".repeat(primitive.arrayDimensions())
        : null;
  }

  private static boolean isConcrete(TypeView type) {
    return !type.isAbstract() && (type.kind() == TypeKind.CLASS || type.kind() == TypeKind.ENUM
        || type.kind() == TypeKind.RECORD);
  }

  /** A canonical name read as a top-level type, then as nested types from the right. */
  private Optional<TypeView> view(String canonicalName) {
    String binary = canonicalName;
    while (true) {
      Optional<TypeView> found = structures.type(binary);
      int dot = binary.lastIndexOf('.');
      if (found.isPresent() || dot < 0) {
        return found;
      }
      binary = binary.substring(0, dot) + "$" + binary.substring(dot + 1);
    }
  }
}
