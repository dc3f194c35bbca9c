package dev.importhealth.core.internal.structure;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import dev.importhealth.core.index.FieldSymbol;
import dev.importhealth.core.index.MethodSymbol;
import dev.importhealth.core.index.TypeOrigin;
import dev.importhealth.core.index.TypeRef;
import dev.importhealth.core.index.TypeSymbol;
import dev.importhealth.core.internal.source.ProjectSources;
import dev.importhealth.core.internal.source.SourceEntry;
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
  /** The first source declaration of each named type (the one the index answers with). */
  private final Map<String, TypeSymbol> firstDeclared = new HashMap<>();
  private final Map<String, Integer> declaredTimes = new HashMap<>();
  private final List<Path> resourceDirectories = new ArrayList<>();
  private final Map<String, Optional<TypeView>> views = new ConcurrentHashMap<>();
  private final Map<String, Optional<List<AnnotationUse>>> metaAnnotationsByType = new ConcurrentHashMap<>();
  private final Map<String, List<String>> directSubtypes = new ConcurrentHashMap<>();
  private volatile Map<String, List<TypeSymbol>> supertypeNames;
  private final ProjectSources sources;
  private final FileSemantics semantics;
  private final Map<Node, Map<Node, Deprecation>> deprecationsByFile =
      java.util.Collections.synchronizedMap(new IdentityHashMap<>());
  private volatile Set<String> deprecatedNames;

  public ProjectStructures(
      SymbolTable table, FileSemantics semantics, ProjectSources sources, Project project) {
    this.table = table;
    this.semantics = semantics;
    this.sources = sources;
    this.sourceViews = new SourceTypeViews(semantics);
    for (TypeSymbol symbol : sources.symbols()) {
      declaredTimes.merge(symbol.binaryName(), 1, Integer::sum);
      if (isNamed(symbol)) {
        firstDeclared.putIfAbsent(symbol.binaryName(), symbol);
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
      Optional<TypeDeclaration<?>> declaration =
          Optional.ofNullable(firstDeclared.get(binaryName)).flatMap(sources::typeDeclaration);
      return declaration.map(d -> sourceViews.view(d, symbol.get()));
    }
    return table.library().structure(binaryName);
  }

  @Override
  public Optional<TypeView> declared(TypeDeclaration<?> declaration) {
    return table.declaredBy(declaration).filter(ProjectStructures::isNamed)
        .flatMap(symbol -> firstDeclared.get(symbol.binaryName()) == symbol
            ? type(symbol.binaryName())
            : Optional.of(sourceViews.view(declaration, symbol.withMembersUnknown())));
  }

  @Override
  public List<TypeView> sourceSubtypes(String binaryName) {
    Set<String> found = new LinkedHashSet<>();
    Deque<String> work = new ArrayDeque<>(List.of(binaryName));
    while (!work.isEmpty()) {
      for (String subtype : directSubtypes.computeIfAbsent(work.pop(), this::findDirectSubtypes)) {
        if (found.add(subtype)) {
          work.push(subtype);
        }
      }
    }
    List<TypeView> out = new ArrayList<>();
    found.forEach(name -> type(name).ifPresent(out::add));
    return out;
  }

  /**
   * The named source types that extend or implement {@code binaryName} directly. Only types that
   * write a supertype of that simple name can, so only their files need their syntax.
   */
  private List<String> findDirectSubtypes(String binaryName) {
    String simpleName = simpleName(binaryName);
    List<String> subtypes = new ArrayList<>();
    for (TypeSymbol symbol : candidatesBySupertypeName().getOrDefault(simpleName, List.of())) {
      sources.typeDeclaration(symbol).filter(declaration -> sourceViews.supertypes(declaration).stream()
          .anyMatch(ref -> ref instanceof TypeRef.Named named && named.binaryName().equals(binaryName)))
          .ifPresent(declaration -> subtypes.add(symbol.binaryName()));
    }
    return subtypes;
  }

  /** Named source types by the simple names of the supertypes they write: built once, on the first question. */
  private Map<String, List<TypeSymbol>> candidatesBySupertypeName() {
    Map<String, List<TypeSymbol>> index = supertypeNames;
    if (index == null) {
      synchronized (this) {
        if (supertypeNames == null) {
          Map<String, List<TypeSymbol>> built = new HashMap<>();
          firstDeclared.values().forEach(symbol -> symbol.supertypes().stream().map(ProjectStructures::writtenName)
              .filter(name -> !name.isEmpty()).distinct()
              .forEach(name -> built.computeIfAbsent(name, k -> new ArrayList<>()).add(symbol)));
          supertypeNames = built;
        }
        index = supertypeNames;
      }
    }
    return index;
  }

  /** The simple name a supertype is written with, without parsing a cached file. */
  private static String writtenName(TypeRef ref) {
    if (ref instanceof TypeRef.Named named) {
      return simpleName(named.binaryName());
    }
    if (ref instanceof TypeRef.Deferred deferred) {
      return deferred.name();
    }
    return ref instanceof TypeRef.InSource source
        && source.node() instanceof com.github.javaparser.ast.type.ClassOrInterfaceType written
        ? written.getNameAsString() : "";
  }

  private static String simpleName(String binaryName) {
    return binaryName.substring(Math.max(binaryName.lastIndexOf('.'), binaryName.lastIndexOf('$')) + 1);
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
    return declarationOf(type);
  }

  @Override
  public Optional<Node> declaration(MethodSymbol method) {
    return declarationOf(method);
  }

  @Override
  public Optional<Node> declaration(FieldSymbol field) {
    return declarationOf(field);
  }

  /** A name several files declare: which of them a use sees is not known, so none is said. */
  private Optional<Node> declarationOf(Object symbol) {
    return sources.declaredWith(symbol).filter(d -> declaredTimes.getOrDefault(d.symbol().binaryName(), 0) == 1)
        .map(d -> d.symbol() == symbol ? d.node() : d.members().get(symbol));
  }

  @Override
  public Optional<Deprecation> deprecation(Node declaration) {
    Node root = declaration.findRootNode();
    Map<Node, Deprecation> inFile = deprecationsByFile.get(root);
    if (inFile == null) {
      // one pass over the declarations of that file, on its first question
      inFile = SourceDeprecations.collect(sources.declarationsAround(declaration), semantics);
      deprecationsByFile.put(root, inFile);
    }
    return Optional.ofNullable(inFile.get(declaration));
  }

  @Override
  public boolean mayBeDeprecated(MethodSymbol method) {
    return sources.declaringType(method).map(type -> {
      for (int i = 0; i < type.methods().size(); i++) {
        if (type.methods().get(i) == method) {
          return sources.entryOf(method).markedMethods().contains(type.binaryName() + "#" + i);
        }
      }
      return true;
    }).orElse(true);
  }

  @Override
  public boolean mayBeDeprecated(TypeSymbol type) {
    SourceEntry entry = sources.entryOf(type);
    if (entry == null) {
      return true;
    }
    for (Optional<String> name = Optional.of(type.binaryName()); name.isPresent();
        name = name.flatMap(table::type).flatMap(TypeSymbol::outerBinaryName)) {
      if (entry.markedMethods().contains(name.get() + "#type")) {
        return true;
      }
    }
    return false;
  }

  /** A superset (by the files' text) of the names of deprecated declarations; asked once per file checked. */
  @Override
  public Set<String> deprecatedNames() {
    Set<String> names = deprecatedNames;
    if (names == null) {
      names = sources.entries().stream().flatMap(e -> e.deprecatedNames().stream())
          .collect(Collectors.toUnmodifiableSet());
      deprecatedNames = names;
    }
    return names;
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
