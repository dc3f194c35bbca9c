package dev.importhealth.core.internal.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.importhealth.core.index.TypeOrigin;
import dev.importhealth.core.index.TypeRef;
import dev.importhealth.core.index.TypeSymbol;
import dev.importhealth.core.internal.source.CachedSource;
import dev.importhealth.core.internal.source.DeclarationCollector;
import dev.importhealth.core.internal.source.ProjectSources;
import dev.importhealth.core.internal.source.SourceEntry;
import dev.importhealth.core.internal.source.SourceParser;
import dev.importhealth.core.model.SourceFile;
import dev.importhealth.core.model.SourceRoot;
import dev.importhealth.core.model.SourceScope;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A summary decodes to the symbols the collector made from the text, and each deferred written
 * type, once its file is parsed again, is the very type the declaration writes.
 */
class SummaryCodecTest {

  private static final String TEXT = """
      package p;

      import java.util.List;

      /** @deprecated use {@link Next} */
      @Deprecated
      public class Sample<T> extends Base implements java.io.Serializable, Comparable<Sample<T>> {
        static final int LIMIT = 3;
        private List<String>[] names;
        @Deprecated Sample() {}
        public Sample(int size, String... labels) {}
        protected T first(List<? extends T> all) { return null; }
        public int compareTo(Sample<T> other) { return 0; }
        enum Kind { A, B { void x() {} } }
        record Pair(String left, Base right) {}
        @interface Marker { Class<?> value(); }
        Runnable task = new Runnable() { public void run() { class Local extends Base {} } };
      }
      """;

  private final SourceFile file =
      new SourceFile(Path.of("/p/src/p/Sample.java"), new SourceRoot(Path.of("/p/src"), "", SourceScope.MAIN, false));

  @Test
  void symbolsSurviveTheRoundTripAndWrittenTypesComeBackFromTheText() throws Exception {
    SourceEntry.Parsed parsed = parsed();
    byte[] bytes = SummaryCodec.encode(parsed.summary());
    CachedSource cached = new CachedSource(file, TEXT.getBytes(StandardCharsets.UTF_8));
    FileSummary decoded = SummaryCodec.decode(bytes, new TypeOrigin.Source(file.path(), "", SourceScope.MAIN), cached);
    cached.summarised(decoded);
    new ProjectSources(List.of(cached));

    List<TypeSymbol> original = parsed.types();
    assertThat(decoded.types()).hasSameSizeAs(original);
    assertThat(decoded.packageName()).isEqualTo("p");
    assertThat(decoded.deprecatedNames()).containsExactlyInAnyOrder("Sample");
    assertThat(decoded.names().get()).contains("Base", "Serializable", "List", "Runnable", "Local");
    for (int i = 0; i < original.size(); i++) {
      TypeSymbol before = original.get(i);
      TypeSymbol after = decoded.types().get(i);
      assertThat(after.binaryName()).isEqualTo(before.binaryName());
      assertThat(withoutRefs(after)).isEqualTo(withoutRefs(before));
    }
    List<TypeRef> written = writtenRefs(original);
    List<TypeRef> deferred = writtenRefs(decoded.types());
    assertThat(deferred).hasSameSizeAs(written).allMatch(ref -> ref instanceof TypeRef.Deferred);
    assertThat(written).hasSizeGreaterThan(10);
    for (int i = 0; i < written.size(); i++) {
      TypeRef.InSource again = ((TypeRef.Deferred) deferred.get(i)).materialize();
      TypeRef.InSource first = (TypeRef.InSource) written.get(i);
      assertThat(again.node().toString()).isEqualTo(first.node().toString());
      assertThat(again.node().getRange()).isEqualTo(first.node().getRange());
    }
    assertThat(cached.parsedLater()).isTrue();
  }

  @Test
  void aParsedFileBindsItsNodesToTheCachedSymbols() throws Exception {
    CachedSource cached = new CachedSource(file, TEXT.getBytes(StandardCharsets.UTF_8));
    cached.summarised(SummaryCodec.decode(SummaryCodec.encode(parsed().summary()),
        new TypeOrigin.Source(file.path(), "", SourceScope.MAIN), cached));
    ProjectSources sources = new ProjectSources(List.of(cached));
    TypeSymbol pair = cached.types().stream().filter(t -> t.simpleName().equals("Pair")).findFirst().orElseThrow();

    assertThat(cached.parsedLater()).isFalse();
    var declaration = sources.typeDeclaration(pair).orElseThrow();

    assertThat(declaration.getNameAsString()).isEqualTo("Pair");
    assertThat(sources.declaredBy(declaration)).containsSame(pair);
    TypeSymbol sample = cached.types().get(0);
    var first = sample.methods().stream().filter(m -> m.name().equals("first")).findFirst().orElseThrow();
    assertThat(sources.declaredWith(first).orElseThrow().symbol()).isSameAs(sample);
    assertThat(sources.declaredWith(first).orElseThrow().members().get(first).toString()).startsWith("protected T first(");
    // a record's accessors are implicit: no declaration to point at
    assertThat(sources.declaredWith(pair.methods().get(0))).isEmpty();
  }

  private SourceEntry.Parsed parsed() {
    var parsedFile = SourceParser.parse(file, TEXT.getBytes(StandardCharsets.UTF_8));
    return new SourceEntry.Parsed(parsedFile, DeclarationCollector.collect(parsedFile.unit().orElseThrow(), file));
  }

  /** The symbol with every written type blanked: what must survive as it was. */
  private static String withoutRefs(TypeSymbol type) {
    return type.binaryName() + type.packageName() + type.simpleName() + type.outerBinaryName() + type.kind()
        + type.isStatic() + type.membersKnown() + type.access() + new java.util.TreeMap<>(type.memberTypes())
        + type.typeParameters()
        + type.supertypes().stream().map(SummaryCodecTest::shape).toList()
        + type.fields().stream().map(f -> f.name() + f.isStatic() + f.access() + shape(f.type())).toList()
        + type.methods().stream().map(m -> m.name() + m.parameterCount() + m.varargs() + m.isStatic()
            + m.parameterList() + m.access() + shape(m.returnType())).toList();
  }

  private static String shape(TypeRef ref) {
    return ref instanceof TypeRef.InSource || ref instanceof TypeRef.Deferred ? "written" : ref.toString();
  }

  private static List<TypeRef> writtenRefs(List<TypeSymbol> types) {
    List<TypeRef> refs = new ArrayList<>();
    for (TypeSymbol type : types) {
      refs.addAll(type.supertypes());
      type.fields().forEach(f -> refs.add(f.type()));
      type.methods().forEach(m -> refs.add(m.returnType()));
    }
    refs.removeIf(ref -> !(ref instanceof TypeRef.InSource) && !(ref instanceof TypeRef.Deferred));
    return refs;
  }
}
