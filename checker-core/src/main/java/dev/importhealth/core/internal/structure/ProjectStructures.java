package dev.importhealth.core.internal.structure;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import dev.importhealth.core.index.FieldSymbol;
import dev.importhealth.core.index.MethodSymbol;
import dev.importhealth.core.index.TypeOrigin;
import dev.importhealth.core.index.TypeRef;
import dev.importhealth.core.index.TypeSymbol;
import dev.importhealth.core.internal.source.DeclarationCollector;
import dev.importhealth.core.internal.symbols.SymbolTable;
import dev.importhealth.core.model.Module;
import dev.importhealth.core.model.Project;
import dev.importhealth.core.semantics.FileSemantics;
import dev.importhealth.core.structure.AnnotationUse;
import dev.importhealth.core.structure.Deprecation;
import dev.importhealth.core.structure.Structures;
import dev.importhealth.core.structure.TypeView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The {@link Structures} of one run: source types through the resolver, compiled types through
 * the class library, with the same precedence the index gives names (the JDK, then sources, then
 * the classpath). Views are built on first use; thread-safe.
 */
public final class ProjectStructures implements Structures {

  /**
   * Annotations that only document (Retention, Target, Documented; apiguardian's {@code @API} on
   * every JUnit type): they carry nothing a framework reads, so their own annotations need not,
   * and for {@code @API} often cannot, be read.
   */
  private static final List<String> INERT_PREFIXES = List.of("java.lang.annotation.", "org.apiguardian.api.");

  private final SymbolTable table;
  private final SourceTypeViews sourceViews;
  private final Map<String, TypeDeclaration<?>> sourceDeclarations = new HashMap<>();
  private final List<Path> resourceDirectories = new ArrayList<>();
  private final Map<String, Optional<TypeView>> views = new ConcurrentHashMap<>();
  private final Map<String, Optional<List<AnnotationUse>>> metaAnnotationsByType = new ConcurrentHashMap<>();
  private volatile Map<String, List<String>> directSubtypes;
  private final List<DeclarationCollector.Declared> declarations;
  private final FileSemantics semantics;
  private volatile Map<Object, Node> symbolDeclarations;
  private volatile Map<Node, Deprecation> deprecations;
  private volatile Set<String> deprecatedNames;

  public ProjectStructures(
      SymbolTable table, FileSemantics semantics, List<DeclarationCollector.Declared> declarations, Project project) {
    this.table = table;
    this.semantics = semantics;
    this.declarations = List.copyOf(declarations);
    this.sourceViews = new SourceTypeViews(semantics);
    for (DeclarationCollector.Declared declared : declarations) {
      if (declared.node() instanceof TypeDeclaration<?> type && isNamed(declared.symbol())) {
        sourceDeclarations.putIfAbsent(declared.symbol().binaryName(), type);
      }
    }
    for (Module module : project.modules()) {
      resourceDirectories.addAll(module.resourceRoots());
      resourceDirectories.addAll(module.outputDirectories());
    }
  }

  private static boolean isNamed(TypeSymbol symbol) {
    return !symbol.binaryName().contains("$local$") && !symbol.binaryName().contains("$anonymous$");
  }

  @Override
  public Optional<TypeView> type(String binaryName) {
    Optional<TypeView> cached = views.get(binaryName);
    if (cached != null) {
      return cached;
    }
    Optional<TypeView> view = build(binaryName);
    views.putIfAbsent(binaryName, view);
    return view;
  }

  private Optional<TypeView> build(String binaryName) {
    Optional<TypeSymbol> symbol = table.type(binaryName);
    if (symbol.isEmpty()) {
      return Optional.empty();
    }
    if (symbol.get().origin() instanceof TypeOrigin.Source) {
      TypeDeclaration<?> declaration = sourceDeclarations.get(binaryName);
      return declaration == null ? Optional.empty() : Optional.of(sourceViews.view(declaration, symbol.get()));
    }
    return table.library().structure(binaryName);
  }

  @Override
  public Optional<TypeView> declared(TypeDeclaration<?> declaration) {
    return table.declaredBy(declaration).filter(ProjectStructures::isNamed)
        .flatMap(symbol -> sourceDeclarations.get(symbol.binaryName()) == declaration
            ? type(symbol.binaryName())
            : Optional.of(sourceViews.view(declaration, symbol.withMembersUnknown())));
  }

  @Override
  public List<TypeView> sourceSubtypes(String binaryName) {
    Map<String, List<String>> subtypes = subtypeIndex();
    Set<String> found = new LinkedHashSet<>();
    Deque<String> work = new ArrayDeque<>(List.of(binaryName));
    while (!work.isEmpty()) {
      for (String subtype : subtypes.getOrDefault(work.pop(), List.of())) {
        if (found.add(subtype)) {
          work.push(subtype);
        }
      }
    }
    List<TypeView> out = new ArrayList<>();
    found.forEach(name -> type(name).ifPresent(out::add));
    return out;
  }

  /** Built once, on the first question: most runs never ask. */
  private Map<String, List<String>> subtypeIndex() {
    Map<String, List<String>> index = directSubtypes;
    if (index == null) {
      synchronized (this) {
        if (directSubtypes == null) {
          Map<String, List<String>> built = new LinkedHashMap<>();
          sourceDeclarations.forEach((name, declaration) -> {
            for (TypeRef supertype : sourceViews.supertypes(declaration)) {
              if (supertype instanceof TypeRef.Named named) {
                built.computeIfAbsent(named.binaryName(), k -> new ArrayList<>()).add(name);
              }
            }
          });
          directSubtypes = built;
        }
        index = directSubtypes;
      }
    }
    return index;
  }

  @Override
  public Optional<List<AnnotationUse>> metaAnnotations(AnnotationUse annotation) {
    // asked for every annotation of every member by several rules: one walk per annotation type
    return metaAnnotationsByType.computeIfAbsent(annotation.typeName(), this::metaAnnotationsOf);
  }

  private Optional<List<AnnotationUse>> metaAnnotationsOf(String annotationType) {
    List<AnnotationUse> found = new ArrayList<>();
    Deque<String> work = new ArrayDeque<>(List.of(annotationType));
    Set<String> visited = new LinkedHashSet<>();
    while (!work.isEmpty()) {
      String type = work.pop();
      if (!visited.add(type) || INERT_PREFIXES.stream().anyMatch(type::startsWith)) {
        continue;
      }
      Optional<TypeView> view = type(type);
      if (view.isEmpty() || !view.get().complete()) {
        return Optional.empty();
      }
      for (AnnotationUse meta : view.get().annotations()) {
        found.add(meta);
        work.push(meta.typeName());
      }
    }
    return Optional.of(List.copyOf(found));
  }

  @Override
  public Optional<Node> declaration(TypeSymbol type) {
    return Optional.ofNullable(symbolDeclarations().get(type));
  }

  @Override
  public Optional<Node> declaration(MethodSymbol method) {
    return Optional.ofNullable(symbolDeclarations().get(method));
  }

  @Override
  public Optional<Node> declaration(FieldSymbol field) {
    return Optional.ofNullable(symbolDeclarations().get(field));
  }

  /** Every source symbol (types and their members) to its declaration; built once, on the first question. */
  private Map<Object, Node> symbolDeclarations() {
    Map<Object, Node> members = symbolDeclarations;
    if (members == null) {
      synchronized (this) {
        if (symbolDeclarations == null) {
          Map<Object, Node> built = new IdentityHashMap<>();
          // a name several files declare: which of them a use sees is not known, so none is said
          Map<String, Integer> declaredTimes = new HashMap<>();
          declarations.forEach(d -> declaredTimes.merge(d.symbol().binaryName(), 1, Integer::sum));
          for (DeclarationCollector.Declared declared : declarations) {
            if (declaredTimes.get(declared.symbol().binaryName()) == 1) {
              built.put(declared.symbol(), declared.node());
              built.putAll(declared.members());
            }
          }
          symbolDeclarations = built;
        }
        members = symbolDeclarations;
      }
    }
    return members;
  }

  @Override
  public Optional<Deprecation> deprecation(Node declaration) {
    return Optional.ofNullable(deprecations().get(declaration));
  }

  @Override
  public Set<String> deprecatedNames() {
    deprecations();
    return deprecatedNames;
  }

  /** Built once, on the first question: one pass over every source declaration. */
  private Map<Node, Deprecation> deprecations() {
    Map<Node, Deprecation> found = deprecations;
    if (found == null) {
      synchronized (this) {
        if (deprecations == null) {
          Map<Node, Deprecation> collected = SourceDeprecations.collect(declarations, semantics);
          deprecatedNames = collected.keySet().stream().map(SourceDeprecations::simpleName)
              .collect(Collectors.toUnmodifiableSet());
          deprecations = collected;
        }
        found = deprecations;
      }
    }
    return found;
  }

  @Override
  public boolean resourceExists(String path) {
    String relative = path.startsWith("/") ? path.substring(1) : path;
    for (Path directory : resourceDirectories) {
      if (Files.exists(directory.resolve(relative))) {
        return true;
      }
    }
    return table.library().hasResource(relative);
  }

  @Override
  public boolean dependenciesKnown() {
    return table.classpathGiven();
  }
}
