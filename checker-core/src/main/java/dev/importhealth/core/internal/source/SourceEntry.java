package dev.importhealth.core.internal.source;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Name;
import com.github.javaparser.ast.expr.SimpleName;
import dev.importhealth.core.index.TypeRef;
import dev.importhealth.core.index.TypeSymbol;
import dev.importhealth.core.internal.cache.FileSummary;
import dev.importhealth.core.internal.source.SourceParser.ParsedFile;
import dev.importhealth.core.model.SourceFile;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** One source file of a run: parsed now ({@link Parsed}) or known from the cache ({@link Cached}). */
public sealed interface SourceEntry permits SourceEntry.Parsed, CachedSource {

  SourceFile file();

  /** The types the file declares, as {@link DeclarationCollector} lists them. */
  List<TypeSymbol> types();

  /** The declarations with their nodes; a cached file is parsed on the first call. */
  List<DeclarationCollector.Declared> declarations();

  /** What a later run needs of this file without parsing it. */
  FileSummary summary();

  /** Why the file does not parse (or cannot be read); then its package's types are unknown. */
  Optional<String> problem();

  /** The package the file declares, or, when it does not parse, claims or lies in. */
  String packageName();

  /** The methods this file may mark deprecated ({@link FileSummary#markedMethods()}). */
  Set<String> markedMethods();

  /** The names this file may mark deprecated ({@link FileSummary#deprecatedNames()}), without the rest of a summary. */
  Set<String> deprecatedNames();

  void bind(ProjectSources sources);

  /** A file parsed in this run. */
  final class Parsed implements SourceEntry {
    private final ParsedFile parsed;
    private final List<DeclarationCollector.Declared> declarations;
    private volatile FileSummary summary;
    private volatile Set<String> deprecatedNames;
    private final byte[] text;
    private volatile String apiShape;

    public Parsed(ParsedFile parsed, List<DeclarationCollector.Declared> declarations) {
      this(parsed, declarations, new byte[0]);
    }

    /** @param text the bytes {@code parsed} was parsed from, for its {@link ApiShape} */
    public Parsed(ParsedFile parsed, List<DeclarationCollector.Declared> declarations, byte[] text) {
      this.parsed = parsed;
      this.declarations = List.copyOf(declarations);
      this.text = text;
    }

    /** What other files can see of this file ({@link ApiShape}); empty when it does not parse. */
    public String apiShape() {
      String made = apiShape;
      if (made == null) {
        made = parsed.unit().map(u -> ApiShape.of(u, new String(text, java.nio.charset.StandardCharsets.UTF_8)))
            .orElse("");
        apiShape = made;
      }
      return made;
    }

    public ParsedFile parsed() {
      return parsed;
    }

    @Override
    public SourceFile file() {
      return parsed.file();
    }

    @Override
    public List<TypeSymbol> types() {
      return declarations.stream().map(DeclarationCollector.Declared::symbol).toList();
    }

    @Override
    public List<DeclarationCollector.Declared> declarations() {
      return declarations;
    }

    @Override
    public FileSummary summary() {
      FileSummary made = summary;
      if (made == null) {
        made = new FileSummary(parsed.packageName(), parsed.problem(), parsed.problemLine(), parsed.problemColumn(),
            parsed.checksum(), types(), FileSummary.Names.of(parsed.unit().map(SourceEntry::namesIn).orElse(Set.of())),
            deprecatedNames(), parsed.unit().map(u -> shapeOf(u, declarations)).orElse(""),
            List.of(), "", apiShape(), "", "", markedMethods());
        summary = made;
      }
      return made;
    }

    private volatile Set<String> markedMethods;

    @Override
    public Optional<String> problem() {
      return parsed.problem();
    }

    @Override
    public String packageName() {
      return parsed.packageName();
    }

    @Override
    public Set<String> markedMethods() {
      Set<String> keys = markedMethods;
      if (keys == null) {
        keys = Set.copyOf(DeprecationMarks.markedMethods(declarations));
        markedMethods = keys;
      }
      return keys;
    }

    @Override
    public Set<String> deprecatedNames() {
      Set<String> names = deprecatedNames;
      if (names == null) {
        names = Set.copyOf(DeprecationMarks.namesIn(declarations));
        deprecatedNames = names;
      }
      return names;
    }

    @Override
    public void bind(ProjectSources sources) {
      parsed.unit().ifPresent(unit -> sources.register(this, unit, declarations));
    }
  }

  /** The package, the imports, and each named type with its supertypes as written. */
  static String shapeOf(CompilationUnit unit, List<DeclarationCollector.Declared> declarations) {
    StringBuilder shape = new StringBuilder();
    unit.getPackageDeclaration().ifPresent(p -> shape.append("package ").append(p.getNameAsString()).append('\n'));
    unit.getImports().forEach(i -> shape.append(i.toString().strip()).append('\n'));
    for (DeclarationCollector.Declared declared : declarations) {
      TypeSymbol type = declared.symbol();
      if (type.binaryName().contains("$local$") || type.binaryName().contains("$anonymous$")) {
        continue;
      }
      shape.append(type.kind()).append(' ').append(type.binaryName()).append(type.typeParameters());
      for (TypeRef supertype : type.supertypes()) {
        shape.append(' ').append(supertype instanceof TypeRef.InSource written ? written.node().toString() : supertype);
      }
      shape.append('\n');
    }
    return shape.toString();
  }

  /** Every identifier a file writes, as a simple name or part of a qualified one. */
  static Set<String> namesIn(CompilationUnit unit) {
    Set<String> names = new TreeSet<>();
    unit.walk(node -> {
      if (node instanceof SimpleName simple) {
        names.add(simple.getIdentifier());
      } else if (node instanceof Name name) {
        names.add(name.getIdentifier());
      }
    });
    return names;
  }

  /**
   * The written types ({@link TypeRef.InSource}) of a file's declarations in the fixed order the
   * summary stores them: each type's supertypes, then fields, then methods.
   */
  public static List<TypeRef> writtenTypes(List<TypeSymbol> types) {
    List<TypeRef> written = new java.util.ArrayList<>();
    for (TypeSymbol type : types) {
      type.supertypes().forEach(written::add);
      type.fields().forEach(f -> written.add(f.type()));
      type.methods().forEach(m -> written.add(m.returnType()));
    }
    written.removeIf(ref -> !(ref instanceof TypeRef.InSource) && !(ref instanceof TypeRef.Deferred));
    return written;
  }

}
