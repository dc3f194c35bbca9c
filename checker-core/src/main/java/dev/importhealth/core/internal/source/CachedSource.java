package dev.importhealth.core.internal.source;

import com.github.javaparser.ast.Node;
import dev.importhealth.core.index.FieldSymbol;
import dev.importhealth.core.index.MethodSymbol;
import dev.importhealth.core.index.TypeRef;
import dev.importhealth.core.index.TypeSymbol;
import dev.importhealth.core.internal.cache.FileSummary;
import dev.importhealth.core.internal.source.SourceParser.ParsedFile;
import dev.importhealth.core.model.SourceFile;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A file known from its cached summary. Its text, read when the run hashed it, is kept, so a
 * later parse reads exactly the text the summary was checked against even if the file is being
 * edited meanwhile. The parse yields the same declarations in the same order (same text, same
 * collector), which is how its nodes are matched to the symbols the run already uses.
 */
public final class CachedSource implements SourceEntry, TypeRef.WrittenTypes {

  private final SourceFile file;
  private final byte[] text;
  private FileSummary summary;
  private volatile ProjectSources sources;
  private volatile Tree tree;

  /** The parsed form, bound to the summary's symbols. */
  private record Tree(List<DeclarationCollector.Declared> declarations, List<TypeRef> written) {}

  public CachedSource(SourceFile file, byte[] text) {
    this.file = file;
    this.text = text;
  }

  /** Set once, right after decoding (the summary's deferred types point back here). */
  public void summarised(FileSummary decoded) {
    this.summary = decoded;
  }

  /** Whether something in this run needed the file's syntax after all. */
  public boolean parsedLater() {
    return tree != null;
  }

  @Override
  public SourceFile file() {
    return file;
  }

  @Override
  public List<TypeSymbol> types() {
    return summary.types();
  }

  @Override
  public FileSummary summary() {
    return summary;
  }

  @Override
  public java.util.Optional<String> problem() {
    return summary.problem();
  }

  @Override
  public String packageName() {
    return summary.packageName();
  }

  @Override
  public java.util.Set<String> markedMethods() {
    return summary.markedMethods();
  }

  @Override
  public java.util.Set<String> deprecatedNames() {
    return summary.deprecatedNames();
  }

  @Override
  public void bind(ProjectSources sources) {
    this.sources = sources;
  }

  @Override
  public List<DeclarationCollector.Declared> declarations() {
    return tree().declarations();
  }

  @Override
  public java.util.Optional<TypeRef.Named> resolved(int ordinal) {
    if (ordinal >= summary.resolved().size() || !summary.namespace().equals(sources.namespace())) {
      return java.util.Optional.empty();
    }
    return FileSummary.resolvedType(summary.resolved().get(ordinal));
  }

  @Override
  public TypeRef.InSource written(int ordinal) {
    return (TypeRef.InSource) tree().written().get(ordinal);
  }

  private Tree tree() {
    Tree parsed = tree;
    if (parsed == null) {
      synchronized (this) {
        if (tree == null) {
          tree = parse();
        }
        parsed = tree;
      }
    }
    return parsed;
  }

  private Tree parse() {
    ParsedFile parsed = SourceParser.parse(file, text);
    if (parsed.unit().isEmpty()) {
      throw new IllegalStateException("cached file no longer parses: " + file.path());
    }
    List<DeclarationCollector.Declared> fresh = DeclarationCollector.collect(parsed.unit().get(), file);
    List<TypeSymbol> known = summary.types();
    if (fresh.size() != known.size()) {
      throw new IllegalStateException("cached summary does not match " + file.path());
    }
    List<DeclarationCollector.Declared> bound = new ArrayList<>(fresh.size());
    for (int i = 0; i < fresh.size(); i++) {
      bound.add(rebind(fresh.get(i), known.get(i)));
    }
    Tree made = new Tree(List.copyOf(bound), SourceEntry.writtenTypes(fresh.stream().map(d -> d.symbol()).toList()));
    sources.register(this, parsed.unit().get(), made.declarations());
    return made;
  }

  /** The fresh declaration's nodes, standing for the symbols the run already handed out. */
  private DeclarationCollector.Declared rebind(DeclarationCollector.Declared fresh, TypeSymbol known) {
    TypeSymbol made = fresh.symbol();
    if (!made.binaryName().equals(known.binaryName()) || made.fields().size() != known.fields().size()
        || made.methods().size() != known.methods().size()) {
      throw new IllegalStateException("cached summary does not match " + known.binaryName() + " in " + file.path());
    }
    Map<Object, Node> members = new IdentityHashMap<>();
    for (int i = 0; i < made.fields().size(); i++) {
      FieldSymbol field = made.fields().get(i);
      Node node = fresh.members().get(field);
      if (node != null) {
        members.put(known.fields().get(i), node);
      }
    }
    for (int i = 0; i < made.methods().size(); i++) {
      MethodSymbol method = made.methods().get(i);
      Node node = fresh.members().get(method);
      if (node != null) {
        members.put(known.methods().get(i), node);
      }
    }
    return new DeclarationCollector.Declared(fresh.node(), known, Collections.unmodifiableMap(members));
  }
}
