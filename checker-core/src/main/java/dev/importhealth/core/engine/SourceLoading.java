package dev.importhealth.core.engine;

import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.importhealth.core.index.TypeOrigin;
import dev.importhealth.core.index.TypeRef;
import dev.importhealth.core.index.TypeSymbol;
import dev.importhealth.core.internal.cache.Digests;
import dev.importhealth.core.internal.cache.FileSummary;
import dev.importhealth.core.internal.cache.SummaryCodec;
import dev.importhealth.core.internal.cache.SummaryStore;
import dev.importhealth.core.internal.source.ApiShape;
import dev.importhealth.core.internal.source.CachedSource;
import dev.importhealth.core.internal.source.DeclarationCollector;
import dev.importhealth.core.internal.source.SourceEntry;
import dev.importhealth.core.internal.source.SourceParser;
import dev.importhealth.core.internal.source.SourceParser.ParsedFile;
import dev.importhealth.core.model.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Gets every source file of a run into a {@link SourceEntry}: parsed, when the run reports on it
 * or the cache has nothing for its current text, or else from its cached summary. Without a cache
 * every file is parsed, as before there was one.
 */
final class SourceLoading {

  /** A file's bytes as read once in this run, and their SHA-256; empty bytes when it cannot be read. */
  record FileText(SourceFile file, Optional<byte[]> bytes, byte[] hash, String relativePath, String error) {}

  private final Path root;
  private final Optional<SummaryStore> store;
  private final Map<String, SummaryStore.Entry> cached;
  /** The shape of a file's text at the base revision, by its path: remembered in its summary for the next run. */
  private final Map<String, String[]> baseShapes = new java.util.concurrent.ConcurrentHashMap<>();

  SourceLoading(Path root, Optional<SummaryStore> store) {
    this.root = root;
    this.store = store;
    SummaryStore.Loaded loaded = store.map(SummaryStore::read).orElse(new SummaryStore.Loaded(Map.of(), "off"));
    this.cached = loaded.entries();
  }

  /**
   * What other files could see of {@code text}'s file at the base revision ({@code baseText}): from
   * the cache when it summarised that very text, as the file itself or as the base it was last
   * compared with (a hook runs again and again against the same HEAD), else by parsing it.
   */
  Optional<String> baseShape(FileText text, String baseText) {
    byte[] hash = Digests.sha256(baseText.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    String hex = Digests.hex(hash);
    Optional<String> shape = Optional.empty();
    SummaryStore.Entry old = cached.get(text.relativePath());
    if (old != null) {
      try {
        FileSummary summary = SummaryCodec.decode(old.payload(),
            new TypeOrigin.Source(text.file().path(), text.file().module(), text.file().scope()), ordinal -> null);
        if (Arrays.equals(old.contentHash(), hash) && !summary.apiShape().isEmpty()) {
          shape = Optional.of(summary.apiShape());
        } else if (summary.baseHash().equals(hex) && !summary.baseShape().isEmpty()) {
          shape = Optional.of(summary.baseShape());
        }
      } catch (IOException | RuntimeException e) {
        // parsed below
      }
    }
    if (shape.isEmpty()) {
      shape = ApiShape.ofText(baseText);
    }
    shape.ifPresent(s -> baseShapes.put(text.relativePath(), new String[] {hex, s}));
    return shape;
  }

  /** The file parsed, or its cached summary when the run needs no syntax of it and the cache has its text. */
  SourceEntry entryFor(FileText text, boolean needsSyntax) {
    return needsSyntax ? parse(text) : fromCache(text).<SourceEntry>map(cached -> cached).orElseGet(() -> parse(text));
  }

  FileText read(SourceFile file) {
    String relative = root.relativize(Engine.normalise(file.path())).toString();
    try {
      byte[] bytes = Files.readAllBytes(file.path());
      // the digest keys the cache; without one, nothing asks for it
      return new FileText(file, Optional.of(bytes), store.isPresent() ? Digests.sha256(bytes) : new byte[0], relative,
          null);
    } catch (IOException e) {
      String problem = "the file cannot be read: " + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : " " + e.getMessage());
      return new FileText(file, Optional.empty(), new byte[0], relative, problem);
    }
  }

  /** The cached summary of exactly this text, if any. */
  Optional<CachedSource> fromCache(FileText text) {
    SummaryStore.Entry entry = cached.get(text.relativePath());
    if (entry == null || text.bytes().isEmpty() || !Arrays.equals(entry.contentHash(), text.hash())) {
      return Optional.empty();
    }
    CachedSource source = new CachedSource(text.file(), text.bytes().get());
    try {
      TypeOrigin.Source origin = new TypeOrigin.Source(text.file().path(), text.file().module(), text.file().scope());
      source.summarised(SummaryCodec.decode(entry.payload(), origin, source));
      return Optional.of(source);
    } catch (IOException | RuntimeException e) {
      // the store's checksum held, yet this entry does not decode: never trusted, parsed instead
      return Optional.empty();
    }
  }

  static SourceEntry.Parsed parse(FileText text) {
    if (text.bytes().isEmpty()) {
      // an unreadable file is reported like an unparsable one (IH901) and the scan goes on
      return new SourceEntry.Parsed(new ParsedFile(text.file(), Optional.empty(), Optional.of(text.error()), 1, 1,
          directoryPackage(text.file()), -1), List.of());
    }
    ParsedFile parsed = SourceParser.parse(text.file(), text.bytes().get());
    return new SourceEntry.Parsed(parsed,
        parsed.unit().map(u -> DeclarationCollector.collect(u, text.file())).orElse(List.of()), text.bytes().get());
  }

  /**
   * Stores the summaries of this run's files when they differ from what was read: a file parsed
   * because the cache had nothing for it, a file gone, or a cache that was not trusted.
   *
   * @return why the cache could not be written, if it could not
   */
  Optional<String> save(List<FileText> texts, List<SourceEntry> entries, String namespace,
      Function<ClassOrInterfaceType, Optional<String>> resolve) {
    if (store.isEmpty()) {
      return Optional.empty();
    }
    // the parsed files' summaries walk their trees and resolve their supertypes: on every core first
    Map<SourceEntry, byte[]> encoded = new java.util.concurrent.ConcurrentHashMap<>();
    Map<SourceEntry, String> paths = new java.util.IdentityHashMap<>();
    for (int i = 0; i < texts.size(); i++) {
      paths.put(entries.get(i), texts.get(i).relativePath());
    }
    entries.parallelStream().filter(e -> e instanceof SourceEntry.Parsed).forEach(e -> {
      FileSummary summary = e.summary().withResolved(resolved(e.types(), resolve), namespace);
      String[] base = baseShapes.get(paths.get(e));
      encoded.put(e, SummaryCodec.encode(base == null ? summary : summary.withBase(base[0], base[1])));
    });
    Map<String, SummaryStore.Entry> next = new LinkedHashMap<>();
    boolean changed = cached.size() != texts.size();
    for (int i = 0; i < texts.size(); i++) {
      FileText text = texts.get(i);
      SummaryStore.Entry old = cached.get(text.relativePath());
      if (text.bytes().isEmpty()) {
        changed |= old != null;
        continue;
      }
      byte[] fresh = encoded.get(entries.get(i));
      if (old != null && Arrays.equals(old.contentHash(), text.hash())
          && (fresh == null || Arrays.equals(old.payload(), fresh))) {
        next.put(text.relativePath(), old);
      } else {
        changed = true;
        next.put(text.relativePath(), new SummaryStore.Entry(text.hash(), fresh));
      }
    }
    return changed ? store.get().write(next) : Optional.empty();
  }

  /** By written-type ordinal: what each written type resolved to ({@code a.B[]}), empty when not a resolved class type. */
  private static List<String> resolved(List<TypeSymbol> types, Function<ClassOrInterfaceType, Optional<String>> resolve) {
    List<String> resolved = new java.util.ArrayList<>();
    for (TypeRef written : SourceEntry.writtenTypes(types)) {
      com.github.javaparser.ast.type.Type node = ((TypeRef.InSource) written).node();
      int dimensions = 0;
      while (node instanceof com.github.javaparser.ast.type.ArrayType array) {
        node = array.getComponentType();
        dimensions++;
      }
      int arrayDimensions = dimensions;
      resolved.add(node instanceof ClassOrInterfaceType named
          ? resolve.apply(named).map(n -> FileSummary.resolvedText(n, arrayDimensions)).orElse("") : "");
    }
    return resolved;
  }

  /** The package a file's directory stands for: what an unreadable file most likely declares. */
  private static String directoryPackage(SourceFile file) {
    Path relative = file.root().directory().toAbsolutePath().normalize().relativize(file.path().getParent());
    return relative.toString().replace(java.io.File.separatorChar, '.');
  }
}
