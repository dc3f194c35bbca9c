package dev.importhealth.core.internal.symbols;

import com.github.javaparser.ast.Node;
import dev.importhealth.core.index.ClassLibrary;
import dev.importhealth.core.index.TypeSymbol;
import dev.importhealth.core.internal.classpath.CtSym;
import dev.importhealth.core.internal.source.DeclarationCollector;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Every type the project can name: its own sources first (they win over stale compiled copies),
 * then the classpath and the JDK. It also decides, per package, whether absence of a name is an
 * error or merely something the index cannot see (the precision policy).
 */
public final class SymbolTable {

  /**
   * Decides which packages are known completely; built once per run.
   *
   * @param lowestCertainRelease the lowest Java release the build certainly compiles for
   *     ({@code JavaRelease.lowestCertain}), 0 when it may be any
   */
  public record NamespacePolicy(
      Set<String> configuredNamespaces,
      boolean classpathGiven,
      boolean pendingGenerationAnywhere,
      Set<String> opaquePackages,
      boolean jdkOlderThanProject,
      Set<String> buildOutputEntries,
      int lowestCertainRelease) {}

  private final Map<String, TypeSymbol> sourceTypes = new HashMap<>();
  private final java.util.function.Function<Node, Optional<TypeSymbol>> declarations;
  private final Map<String, Set<String>> sourcePackages = new HashMap<>();
  private final Map<String, List<String>> sourceTypesBySimpleName = new HashMap<>();
  private final ClassLibrary library;
  private final NamespacePolicy policy;
  private final Set<String> packagePrefixes = new HashSet<>();
  private final Set<String> knownRoots = new HashSet<>();
  private final Supplier<CtSym> olderReleases;

  /** @param declared every source declaration, in a deterministic order (the first of a name wins) */
  public SymbolTable(List<DeclarationCollector.Declared> declared, ClassLibrary library, NamespacePolicy policy) {
    this(declared, library, policy, CtSym::ofRunningJdk);
  }

  /** @param olderReleases the API of older Java SE releases; asked only when a JDK name is missing */
  public SymbolTable(List<DeclarationCollector.Declared> declared, ClassLibrary library, NamespacePolicy policy,
      Supplier<CtSym> olderReleases) {
    this(declared.stream().map(DeclarationCollector.Declared::symbol).toList(), nodeIndex(declared), library, policy,
        olderReleases);
  }

  /**
   * @param types every source type, in a deterministic order (the first of a name wins)
   * @param declarations the symbol of a declaration node, for files whose syntax is at hand
   */
  public SymbolTable(List<TypeSymbol> types, java.util.function.Function<Node, Optional<TypeSymbol>> declarations,
      ClassLibrary library, NamespacePolicy policy, Supplier<CtSym> olderReleases) {
    this.library = library;
    this.policy = policy;
    this.olderReleases = olderReleases;
    this.declarations = declarations;
    for (TypeSymbol type : types) {
      TypeSymbol earlier = sourceTypes.putIfAbsent(type.binaryName(), type);
      if (earlier != null && earlier.membersKnown()) {
        // Two modules declare the same class (maven's core-it plugins each have their own
        // PropertiesUtil): which one a file sees depends on module dependencies the index does
        // not model, so by name, neither's members may be judged.
        sourceTypes.put(type.binaryName(), earlier.withMembersUnknown());
      }
      if (type.outerBinaryName().isEmpty() && !type.simpleName().isEmpty()) {
        sourcePackages.computeIfAbsent(type.packageName(), p -> new TreeSet<>()).add(type.simpleName());
      }
      if (!type.simpleName().isEmpty() && !type.binaryName().contains("$local$")
          && !type.binaryName().contains("$anonymous$")) {
        sourceTypesBySimpleName.computeIfAbsent(type.simpleName(), n -> new java.util.ArrayList<>())
            .add(type.binaryName());
      }
    }
    for (String pkg : sourcePackages.keySet()) {
      addPrefixes(pkg);
    }
    for (String pkg : library.packages()) {
      addPrefixes(pkg);
    }
  }

  private static java.util.function.Function<Node, Optional<TypeSymbol>> nodeIndex(
      List<DeclarationCollector.Declared> declared) {
    Map<Node, TypeSymbol> index = new IdentityHashMap<>();
    declared.forEach(d -> index.put(d.node(), d.symbol()));
    return node -> Optional.ofNullable(index.get(node));
  }

  private void addPrefixes(String pkg) {
    String[] parts = pkg.split("\\.");
    StringBuilder prefix = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        prefix.append('.');
      }
      prefix.append(parts[i]);
      packagePrefixes.add(prefix.toString());
    }
    knownRoots.add(rootNamespace(pkg));
  }

  /** Whether the user gave the classpath the project compiles against. */
  public boolean classpathGiven() {
    return policy.classpathGiven();
  }

  public ClassLibrary library() {
    return library;
  }

  /** The symbol of a type declaration node (named, local or anonymous) of any project file. */
  public Optional<TypeSymbol> declaredBy(Node declaration) {
    return declarations.apply(declaration);
  }

  public Optional<TypeSymbol> type(String binaryName) {
    Optional<TypeSymbol> platform = platformType(binaryName);
    if (platform.isPresent()) {
      return platform;
    }
    TypeSymbol source = sourceTypes.get(binaryName);
    return source != null ? Optional.of(source) : library.type(binaryName).filter(this::isNotStale);
  }

  /**
   * The build's own output directories (target/classes) may still hold classes whose sources
   * were deleted or moved, which is exactly the breakage to find: in a package the sources
   * declare, the sources alone say what exists.
   */
  private boolean isNotStale(TypeSymbol compiled) {
    return !(compiled.origin() instanceof dev.importhealth.core.index.TypeOrigin.Classpath entry
        && policy.buildOutputEntries().contains(entry.entry())
        && sourcePackages.containsKey(compiled.packageName()));
  }

  /**
   * Projects carry source stubs of JDK classes to build on older JDKs (netty's
   * java.lang.invoke.MethodHandle, com.sun.nio.sctp); javac takes the platform's own class for a
   * JDK package, so the index does too.
   */
  private Optional<TypeSymbol> platformType(String binaryName) {
    int nested = binaryName.indexOf('$');
    String outer = nested < 0 ? binaryName : binaryName.substring(0, nested);
    int dot = outer.lastIndexOf('.');
    return dot > 0 && library.isJdkPackage(outer.substring(0, dot)) ? library.type(binaryName) : Optional.empty();
  }

  /** A top-level type {@code simpleName} in {@code packageName}. */
  public Optional<TypeSymbol> topLevelType(String packageName, String simpleName) {
    String binaryName = packageName.isEmpty() ? simpleName : packageName + "." + simpleName;
    Optional<TypeSymbol> platform = platformType(binaryName);
    if (platform.isPresent()) {
      return platform;
    }
    Set<String> declared = sourcePackages.get(packageName);
    if (declared != null && declared.contains(simpleName)) {
      return Optional.ofNullable(sourceTypes.get(binaryName));
    }
    return library.type(binaryName).filter(t -> t.outerBinaryName().isEmpty()).filter(this::isNotStale);
  }

  /** The namespace a dotted name belongs to: its first two segments ({@code org.slf4j}). */
  public static String rootNamespace(String name) {
    String[] parts = name.split("\\.");
    return parts.length >= 2 ? parts[0] + "." + parts[1] : name;
  }

  /** True for a package the running JDK provides. */
  public boolean isPlatformPackage(String packageName) {
    return library.isJdkPackage(packageName);
  }

  /** A package that holds types, or is the parent of one that does. */
  public boolean packageExists(String packageName) {
    return packagePrefixes.contains(packageName);
  }

  public boolean isFirstParty(String packageName) {
    return sourcePackages.containsKey(packageName);
  }

  /** Whether a missing type in (or a missing) package {@code packageName} would be certain. */
  public Knowledge knowledgeOf(String packageName) {
    if (policy.opaquePackages().contains(packageName)) {
      return Knowledge.OPAQUE;
    }
    if (isFirstParty(packageName)) {
      return policy.pendingGenerationAnywhere() ? Knowledge.PENDING_GENERATION : Knowledge.COMPLETE;
    }
    if (packageName.equals("java") || packageName.startsWith("java.") || library.isJdkPackage(packageName)) {
      return policy.jdkOlderThanProject() ? Knowledge.NEWER_JDK : Knowledge.COMPLETE;
    }
    if (underConfiguredNamespace(packageName)) {
      return policy.pendingGenerationAnywhere() ? Knowledge.PENDING_GENERATION : Knowledge.COMPLETE;
    }
    if (policy.classpathGiven()) {
      if (library.packages().contains(packageName)) {
        return Knowledge.COMPLETE;
      }
      // A package nobody declares, under a root the classpath does know (org.foo.*): the
      // dependency is there, so the package really is gone. Under an unknown root the
      // classpath is more likely incomplete than the code wrong.
      if (knownRoots.contains(rootNamespace(packageName)) && !policy.pendingGenerationAnywhere()) {
        return Knowledge.COMPLETE;
      }
    }
    return Knowledge.OUTSIDE;
  }

  private boolean underConfiguredNamespace(String packageName) {
    for (String namespace : policy.configuredNamespaces()) {
      if (packageName.equals(namespace) || packageName.startsWith(namespace + ".")) {
        return true;
      }
    }
    return false;
  }

  /** The simple names of the project's named source types (top-level and nested). */
  public Set<String> sourceSimpleNames() {
    return java.util.Collections.unmodifiableSet(sourceTypesBySimpleName.keySet());
  }

  /** Project types with this simple name, for "moved to ...?" suggestions. */
  public List<String> sourceTypesNamed(String simpleName) {
    return sourceTypesBySimpleName.getOrDefault(simpleName, List.of());
  }

  /** Simple names of the top-level types in a package, from sources and the classpath. */
  public Collection<String> typeNamesIn(String packageName) {
    Set<String> names = new TreeSet<>(sourcePackages.getOrDefault(packageName, Set.of()));
    for (String binaryName : library.classesIn(packageName)) {
      String simple = packageName.isEmpty() ? binaryName : binaryName.substring(packageName.length() + 1);
      if (!simple.contains("$")) {
        names.add(simple);
      }
    }
    return names;
  }

  /**
   * Whether a type the running JDK lacks may still be there for the build: some release older
   * than the running JDK lists it in {@code lib/ct.sym} (Pack200 until 13, java.lang.Compiler
   * until 20), and the build may compile against that release, because it is not certainly
   * built for a newer one ({@link NamespacePolicy#lowestCertainRelease}). javac {@code --release N}
   * reads that release's API from ct.sym, and an older JDK has it anyway.
   *
   * @param binaryName top-level or nested ({@code java.util.jar.Pack200$Packer})
   */
  public boolean isInOlderJdkRelease(String binaryName) {
    int running = Runtime.version().feature();
    return mayTarget(olderReleases.get().lastReleaseWithClass(binaryName, running));
  }

  /**
   * The same for a qualified name whose package or type is missing: some prefix names a type of
   * an older release ({@code java.util.jar.Pack200.Packer}, {@code java.rmi.activation.Activatable}),
   * or, if {@code missingPackage} is given, that package was in an older release.
   */
  public boolean isInOlderJdkRelease(List<String> parts, Optional<String> missingPackage) {
    int running = Runtime.version().feature();
    CtSym ctSym = olderReleases.get();
    StringBuilder name = new StringBuilder();
    for (String part : parts) {
      name.append(name.length() > 0 ? "." : "").append(part);
      if (mayTarget(ctSym.lastReleaseWithClass(name.toString(), running))) {
        return true;
      }
    }
    return missingPackage.isPresent() && mayTarget(ctSym.lastReleaseWithPackage(missingPackage.get(), running));
  }

  private boolean mayTarget(int lastRelease) {
    return lastRelease > 0 && policy.lowestCertainRelease() <= lastRelease;
  }

  /** Whether the members of this type may differ in the JDK release the project is built for. */
  public boolean isFromOlderJdk(TypeSymbol type) {
    return policy.jdkOlderThanProject() && type.origin() instanceof dev.importhealth.core.index.TypeOrigin.Jdk;
  }

}
