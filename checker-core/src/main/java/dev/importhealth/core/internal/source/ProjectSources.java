package dev.importhealth.core.internal.source;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import dev.importhealth.core.index.TypeSymbol;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every source file of the project as one run knows it: parsed in this run, or known from its
 * cached summary and parsed only when someone needs its syntax (a declaration node, the scope a
 * written type stands in). Either way, each declared type is one {@link TypeSymbol} object for the
 * whole run: parsing a cached file later binds its nodes to the symbols already handed out.
 */
public final class ProjectSources {

  private final List<SourceEntry> entries;
  private final List<TypeSymbol> symbols = new ArrayList<>();
  private final Map<Object, SourceEntry> owners = new IdentityHashMap<>();
  private final Map<Object, TypeSymbol> declaringTypes = new IdentityHashMap<>();
  private final Map<Node, TypeSymbol> declaredBy = Collections.synchronizedMap(new IdentityHashMap<>());
  private final Map<CompilationUnit, SourceEntry> units = Collections.synchronizedMap(new IdentityHashMap<>());
  private volatile String namespace = "unknown";

  public ProjectSources(List<SourceEntry> entries) {
    this.entries = List.copyOf(entries);
    for (SourceEntry entry : this.entries) {
      for (TypeSymbol type : entry.types()) {
        symbols.add(type);
        owners.put(type, entry);
        type.fields().forEach(f -> owners.put(f, entry));
        type.methods().forEach(m -> owners.put(m, entry));
        type.fields().forEach(f -> declaringTypes.put(f, type));
        type.methods().forEach(m -> declaringTypes.put(m, type));
      }
      entry.bind(this);
    }
  }

  /** The digest of the project's names in this run ({@code NamespaceDigest}), once the index knows them. */
  public String namespace() {
    return namespace;
  }

  public void namespace(String digest) {
    this.namespace = digest;
  }

  public List<SourceEntry> entries() {
    return entries;
  }

  /** Every declared type, file by file in the run's order. */
  public List<TypeSymbol> symbols() {
    return Collections.unmodifiableList(symbols);
  }

  /** The symbol of a type declaration node of any project file (named, local or anonymous). */
  public Optional<TypeSymbol> declaredBy(Node declaration) {
    return Optional.ofNullable(declaredBy.get(declaration));
  }

  /** The source type declaring this method or field symbol; empty for compiled or unknown ones. */
  public Optional<TypeSymbol> declaringType(Object member) {
    return Optional.ofNullable(declaringTypes.get(member));
  }

  /** The file declaring this type, method or field symbol; null for compiled or unknown ones. */
  public SourceEntry entryOf(Object symbol) {
    return owners.get(symbol);
  }

  /** The declarations of the file holding this symbol (a type, method or field), parsing it if needed. */
  public List<DeclarationCollector.Declared> declarationsOf(Object symbol) {
    SourceEntry owner = owners.get(symbol);
    return owner == null ? List.of() : owner.declarations();
  }

  /** The declaration of a type symbol, or of the type declaring a method or field symbol; parses its file if needed. */
  public Optional<DeclarationCollector.Declared> declaredWith(Object symbol) {
    for (DeclarationCollector.Declared declared : declarationsOf(symbol)) {
      if (declared.symbol() == symbol || declared.members().containsKey(symbol)) {
        return Optional.of(declared);
      }
    }
    return Optional.empty();
  }

  public Optional<TypeDeclaration<?>> typeDeclaration(TypeSymbol symbol) {
    return declaredWith(symbol).map(DeclarationCollector.Declared::node)
        .filter(n -> n instanceof TypeDeclaration<?>).map(n -> (TypeDeclaration<?>) n);
  }

  /** The declarations of the file whose tree holds {@code node}, if it is a project file. */
  public List<DeclarationCollector.Declared> declarationsAround(Node node) {
    Node root = node;
    while (root.getParentNode().isPresent()) {
      root = root.getParentNode().get();
    }
    SourceEntry entry = root instanceof CompilationUnit unit ? units.get(unit) : null;
    return entry == null ? List.of() : entry.declarations();
  }

  /** Called by an entry once its file has a tree: its nodes now stand for its symbols. */
  void register(SourceEntry entry, CompilationUnit unit, List<DeclarationCollector.Declared> declarations) {
    units.put(unit, entry);
    for (DeclarationCollector.Declared declared : declarations) {
      declaredBy.put(declared.node(), declared.symbol());
    }
  }
}
