package dev.importhealth.core.internal.classpath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.importhealth.core.index.MethodSymbol;
import dev.importhealth.core.index.TypeKind;
import dev.importhealth.core.index.TypeOrigin;
import dev.importhealth.core.index.TypeRef;
import dev.importhealth.core.structure.AnnotationUse;
import dev.importhealth.core.structure.AnnotationValue;
import dev.importhealth.core.structure.FieldView;
import dev.importhealth.core.structure.MethodView;
import dev.importhealth.core.structure.ParameterView;
import dev.importhealth.core.structure.TypeView;
import dev.importhealth.core.structure.Visibility;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassStructureReaderTest {

  private static final TypeOrigin ORIGIN = new TypeOrigin.Classpath("test");
  private static final ClassStructureReader READER = new ClassStructureReader();

  private static final Map<String, String> SOURCES = Map.of(
      "s/Level.java", """
          package s;
          public enum Level { LOW, HIGH; public static final Level DEFAULT = LOW; static int counter; }
          """,
      "s/Marker.java", """
          package s;
          import java.lang.annotation.*;
          @Retention(RetentionPolicy.CLASS) public @interface Marker {}
          """,
      "s/Tag.java", """
          package s;
          import java.lang.annotation.*;
          @Retention(RetentionPolicy.RUNTIME)
          @Target({ElementType.TYPE, ElementType.METHOD, ElementType.FIELD, ElementType.PARAMETER})
          @Documented @Inherited
          public @interface Tag { String value() default ""; }
          """,
      "s/Values.java", """
          package s;
          import java.lang.annotation.*;
          @Retention(RetentionPolicy.RUNTIME) public @interface Values {
            byte b(); char c(); short s(); int i(); long j(); float f(); double d(); boolean z();
            String str(); Level level(); Class<?> type(); Class<?>[] types();
            Tag tag(); Tag[] tags(); String[] names(); int[] numbers();
          }
          """,
      "s/Annotated.java", """
          package s;
          import java.util.List;
          import java.util.Map;
          import java.util.stream.Stream;
          @Values(b = 1, c = 'x', s = 2, i = 3, j = 4L, f = 1.5f, d = 2.5, z = true, str = "hi",
              level = Level.HIGH, type = Annotated.Inner.class,
              types = {int.class, String[][].class, void.class, long[].class},
              tag = @Tag("nested"), tags = {@Tag("a"), @Tag("b")}, names = "single", numbers = {1, 2})
          @Tag("type") @Marker
          public abstract class Annotated {
            @Tag("field") private List<String> names;
            public static final int CONSTANT = 1;
            @Tag("method") @Marker protected abstract void run();
            private static int helper(int count, @Tag("second") String label) { return 0; }
            public Stream<Map.Entry<String, ? extends Number>> entries() { return null; }
            public <T extends Comparable<T>> T[] pick(List<? super T> from, String... rest) { return null; }
            public class Inner { public Inner(@Tag("p0") int first, @Tag("p1") List<String> second) {} }
            static class Nested {}
            private static class Hidden {}
            protected interface Callback {}
          }
          """,
      "s/Mode.java", """
          package s;
          public enum Mode { ON(1, "x"); Mode(@Tag("code") int code, String label) {} }
          """,
      "s/Shape.java", """
          package s;
          public interface Shape {
            double area();
            default String name() { return ""; }
            static Shape unit() { return null; }
            private void helper() {}
          }
          """,
      "s/Point.java", """
          package s;
          public record Point(@Tag("x") int x, java.util.List<String> labels) {}
          """);

  @TempDir static Path temp;
  private static Path plain;
  private static Path withNames;

  @BeforeAll
  static void compile() throws IOException {
    plain = TestClasses.compile(temp.resolve("plain"), SOURCES);
    withNames = TestClasses.compile(temp.resolve("named"), SOURCES, List.of("-parameters"));
  }

  private static TypeView read(Path classes, String binaryName) throws IOException {
    return READER.read(Files.readAllBytes(classes.resolve(binaryName.replace('.', '/') + ".class")), ORIGIN);
  }

  private static AnnotationUse tag(String value) {
    return new AnnotationUse("s.Tag", Map.of("value", new AnnotationValue.Constant(value)), Optional.empty());
  }

  private static MethodView method(TypeView type, String name) {
    return type.methods().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
  }

  private static FieldView field(TypeView type, String name) {
    return type.fields().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
  }

  private static List<String> names(List<ParameterView> parameters) {
    return parameters.stream().map(ParameterView::name).toList();
  }

  @Test
  void readsEveryKindOfAnnotationValue() throws IOException {
    TypeView annotated = read(plain, "s.Annotated");

    AnnotationUse values = annotated.annotations().stream().filter(a -> a.is("s.Values")).findFirst().orElseThrow();
    assertThat(values.values()).containsOnly(
        Map.entry("b", new AnnotationValue.Constant((byte) 1)),
        Map.entry("c", new AnnotationValue.Constant('x')),
        Map.entry("s", new AnnotationValue.Constant((short) 2)),
        Map.entry("i", new AnnotationValue.Constant(3)),
        Map.entry("j", new AnnotationValue.Constant(4L)),
        Map.entry("f", new AnnotationValue.Constant(1.5f)),
        Map.entry("d", new AnnotationValue.Constant(2.5)),
        Map.entry("z", new AnnotationValue.Constant(true)),
        Map.entry("str", new AnnotationValue.Constant("hi")),
        Map.entry("level", new AnnotationValue.EnumConstant("s.Level", "HIGH")),
        Map.entry("type", new AnnotationValue.ClassLiteral("s.Annotated$Inner")),
        Map.entry("types", new AnnotationValue.Array(List.of(
            new AnnotationValue.ClassLiteral("int"),
            new AnnotationValue.ClassLiteral("java.lang.String[][]"),
            new AnnotationValue.ClassLiteral("void"),
            new AnnotationValue.ClassLiteral("long[]")))),
        Map.entry("tag", new AnnotationValue.Nested(tag("nested"))),
        Map.entry("tags", new AnnotationValue.Array(List.of(
            new AnnotationValue.Nested(tag("a")), new AnnotationValue.Nested(tag("b"))))),
        Map.entry("names", new AnnotationValue.Array(List.of(new AnnotationValue.Constant("single")))),
        Map.entry("numbers", new AnnotationValue.Array(List.of(
            new AnnotationValue.Constant(1), new AnnotationValue.Constant(2)))));
    assertThat(values.value("names").orElseThrow().strings()).contains(List.of("single"));
  }

  @Test
  void readsRuntimeVisibleAnnotationsOnlyOnTypesFieldsMethodsAndParameters() throws IOException {
    TypeView annotated = read(plain, "s.Annotated");

    assertThat(annotated.annotations()).extracting(AnnotationUse::typeName)
        .as("@Marker has CLASS retention").containsExactly("s.Values", "s.Tag");
    assertThat(field(annotated, "names").annotations()).containsExactly(tag("field"));
    assertThat(method(annotated, "run").annotations()).containsExactly(tag("method"));
    assertThat(method(annotated, "helper").parameters())
        .extracting(ParameterView::annotations).containsExactly(List.of(), List.of(tag("second")));
  }

  @Test
  void readsTheMetaAnnotationsOfARuntimeAnnotationType() throws IOException {
    TypeView tag = read(plain, "s.Tag");

    assertThat(tag.kind()).isEqualTo(TypeKind.ANNOTATION);
    assertThat(tag.isAbstract()).isTrue();
    assertThat(tag.superclass()).isEmpty();
    assertThat(tag.interfaces()).containsExactly(TypeRef.Named.of("java.lang.annotation.Annotation"));
    assertThat(tag.annotations()).extracting(AnnotationUse::typeName).containsExactly(
        "java.lang.annotation.Retention", "java.lang.annotation.Target",
        "java.lang.annotation.Documented", "java.lang.annotation.Inherited");
    assertThat(tag.annotations().get(0).value("value")).contains(
        new AnnotationValue.EnumConstant("java.lang.annotation.RetentionPolicy", "RUNTIME"));
    assertThat(tag.annotations().get(1).value("value").orElseThrow().elements())
        .extracting(v -> ((AnnotationValue.EnumConstant) v).name())
        .containsExactly("TYPE", "METHOD", "FIELD", "PARAMETER");
    assertThat(tag.methods()).singleElement().satisfies(value -> {
      assertThat(value.name()).isEqualTo("value");
      assertThat(value.isAbstract()).isTrue();
      assertThat(value.isDefault()).as("abstract, whatever its default value").isFalse();
    });
  }

  @Test
  void alignsParameterAnnotationsOfAnInnerClassConstructorFromTheEnd() throws IOException {
    for (Path classes : List.of(plain, withNames)) {
      TypeView inner = read(classes, "s.Annotated$Inner");

      MethodView constructor = method(inner, MethodSymbol.CONSTRUCTOR);
      assertThat(constructor.isConstructor()).isTrue();
      assertThat(constructor.parameters()).as("no outer instance parameter")
          .extracting(ParameterView::annotations).containsExactly(List.of(tag("p0")), List.of(tag("p1")));
      assertThat(constructor.parameters()).extracting(ParameterView::type)
          .containsExactly(new TypeRef.Primitive("int", 0), TypeRef.Named.of("java.util.List"));
      assertThat(constructor.signature()).isEqualTo("<init>(int, java.util.List<java.lang.String>)");
    }
    assertThat(names(method(read(plain, "s.Annotated$Inner"), MethodSymbol.CONSTRUCTOR).parameters()))
        .containsExactly("arg0", "arg1");
    assertThat(names(method(read(withNames, "s.Annotated$Inner"), MethodSymbol.CONSTRUCTOR).parameters()))
        .containsExactly("first", "second");
  }

  @Test
  void alignsParameterAnnotationsOfAnEnumConstructorFromTheEnd() throws IOException {
    for (Path classes : List.of(plain, withNames)) {
      MethodView constructor = method(read(classes, "s.Mode"), MethodSymbol.CONSTRUCTOR);

      assertThat(constructor.visibility()).isEqualTo(Visibility.PRIVATE);
      assertThat(constructor.parameters()).as("no name and ordinal parameters")
          .extracting(ParameterView::annotations).containsExactly(List.of(tag("code")), List.of());
      assertThat(constructor.signature()).isEqualTo("<init>(int, java.lang.String)");
    }
    assertThat(names(method(read(withNames, "s.Mode"), MethodSymbol.CONSTRUCTOR).parameters()))
        .containsExactly("code", "label");
  }

  @Test
  void tellsEnumConstantsFromOtherStaticFields() throws IOException {
    TypeView level = read(plain, "s.Level");

    assertThat(level.kind()).isEqualTo(TypeKind.ENUM);
    assertThat(level.superclass()).contains(TypeRef.Named.of("java.lang.Enum"));
    assertThat(level.fields()).as("no synthetic $VALUES").extracting(FieldView::name)
        .containsExactly("LOW", "HIGH", "DEFAULT", "counter");
    assertThat(level.fields()).filteredOn(FieldView::enumConstant).extracting(FieldView::name)
        .containsExactly("LOW", "HIGH");
    FieldView defaultLevel = field(level, "DEFAULT");
    assertThat(defaultLevel.isStatic()).isTrue();
    assertThat(defaultLevel.isFinal()).isTrue();
    assertThat(defaultLevel.type()).isEqualTo(TypeRef.Named.of("s.Level"));
    FieldView counter = field(level, "counter");
    assertThat(counter.visibility()).isEqualTo(Visibility.PACKAGE);
    assertThat(counter.isFinal()).isFalse();
    assertThat(counter.typeText()).isEqualTo("int");
  }

  @Test
  void readsInterfaceDefaultStaticAndAbstractMethods() throws IOException {
    TypeView shape = read(plain, "s.Shape");

    assertThat(shape.kind()).isEqualTo(TypeKind.INTERFACE);
    assertThat(shape.isAbstract()).isTrue();
    assertThat(shape.superclass()).isEmpty();
    MethodView area = method(shape, "area");
    assertThat(List.of(area.isAbstract(), area.isDefault(), area.isStatic())).containsExactly(true, false, false);
    assertThat(area.returnType()).isEqualTo(new TypeRef.Primitive("double", 0));
    MethodView name = method(shape, "name");
    assertThat(List.of(name.isAbstract(), name.isDefault(), name.isStatic())).containsExactly(false, true, false);
    MethodView unit = method(shape, "unit");
    assertThat(List.of(unit.isAbstract(), unit.isDefault(), unit.isStatic())).containsExactly(false, false, true);
    MethodView helper = method(shape, "helper");
    assertThat(helper.visibility()).isEqualTo(Visibility.PRIVATE);
    assertThat(helper.isDefault()).as("private interface methods are not default").isFalse();
  }

  @Test
  void readsAnAbstractClassWithItsPrivateStaticMethod() throws IOException {
    TypeView annotated = read(plain, "s.Annotated");

    assertThat(annotated.kind()).isEqualTo(TypeKind.CLASS);
    assertThat(annotated.visibility()).isEqualTo(Visibility.PUBLIC);
    assertThat(annotated.isAbstract()).isTrue();
    assertThat(annotated.isStatic()).isFalse();
    assertThat(annotated.outerBinaryName()).isEmpty();
    assertThat(annotated.superclass()).contains(TypeRef.Named.of("java.lang.Object"));
    assertThat(annotated.complete()).isTrue();
    assertThat(annotated.origin()).isEqualTo(ORIGIN);
    assertThat(annotated.methods()).extracting(MethodView::name)
        .containsExactly(MethodSymbol.CONSTRUCTOR, "run", "helper", "entries", "pick");
    assertThat(method(annotated, "run").isAbstract()).isTrue();
    assertThat(method(annotated, "run").visibility()).isEqualTo(Visibility.PROTECTED);
    assertThat(method(annotated, "run").returnType()).isEqualTo(new TypeRef.Primitive("void", 0));

    MethodView helper = method(annotated, "helper");
    assertThat(helper.visibility()).isEqualTo(Visibility.PRIVATE);
    assertThat(helper.isStatic()).isTrue();
    assertThat(helper.signature()).isEqualTo("helper(int, java.lang.String)");
    assertThat(names(helper.parameters())).containsExactly("arg0", "arg1");
    assertThat(names(method(read(withNames, "s.Annotated"), "helper").parameters()))
        .containsExactly("count", "label");
  }

  @Test
  void rendersGenericTypesAsSourceTextAndKeepsErasedTypes() throws IOException {
    TypeView annotated = read(plain, "s.Annotated");

    FieldView names = field(annotated, "names");
    assertThat(names.visibility()).isEqualTo(Visibility.PRIVATE);
    assertThat(names.type()).isEqualTo(TypeRef.Named.of("java.util.List"));
    assertThat(names.typeText()).isEqualTo("java.util.List<java.lang.String>");

    MethodView entries = method(annotated, "entries");
    assertThat(entries.returnType()).isEqualTo(TypeRef.Named.of("java.util.stream.Stream"));
    assertThat(entries.returnTypeText())
        .isEqualTo("java.util.stream.Stream<java.util.Map.Entry<java.lang.String, ? extends java.lang.Number>>");

    MethodView pick = method(annotated, "pick");
    assertThat(pick.returnType()).isEqualTo(new TypeRef.Named("java.lang.Comparable", 1));
    assertThat(pick.returnTypeText()).isEqualTo("T[]");
    assertThat(pick.signature()).isEqualTo("pick(java.util.List<? super T>, java.lang.String...)");
    assertThat(pick.parameters()).extracting(ParameterView::varargs).containsExactly(false, true);
    assertThat(pick.parameters().get(1).type()).isEqualTo(new TypeRef.Named("java.lang.String", 1));
    assertThat(method(annotated, "helper").returnTypeText()).as("no signature: the erased type").isEqualTo("int");
  }

  @Test
  void readsARecord() throws IOException {
    TypeView point = read(plain, "s.Point");

    assertThat(point.kind()).isEqualTo(TypeKind.RECORD);
    assertThat(point.superclass()).contains(TypeRef.Named.of("java.lang.Record"));
    assertThat(point.isAbstract()).isFalse();
    assertThat(point.fields()).extracting(FieldView::name).containsExactly("x", "labels");
    assertThat(field(point, "x").annotations()).containsExactly(tag("x"));
    assertThat(field(point, "labels").typeText()).isEqualTo("java.util.List<java.lang.String>");
    assertThat(method(point, "x").annotations()).containsExactly(tag("x"));
    assertThat(method(point, "labels").returnTypeText()).isEqualTo("java.util.List<java.lang.String>");
    MethodView constructor = method(point, MethodSymbol.CONSTRUCTOR);
    assertThat(constructor.signature()).isEqualTo("<init>(int, java.util.List<java.lang.String>)");
    assertThat(constructor.parameters().get(0).annotations()).containsExactly(tag("x"));
    assertThat(names(method(read(withNames, "s.Point"), MethodSymbol.CONSTRUCTOR).parameters()))
        .containsExactly("x", "labels");
  }

  @Test
  void readsAMemberClassModifiersFromItsInnerClassesEntry() throws IOException {
    TypeView inner = read(plain, "s.Annotated$Inner");
    assertThat(inner.visibility()).isEqualTo(Visibility.PUBLIC);
    assertThat(inner.isStatic()).isFalse();
    assertThat(inner.isInner()).isTrue();
    assertThat(inner.outerBinaryName()).contains("s.Annotated");
    assertThat(inner.simpleName()).isEqualTo("Inner");

    TypeView nested = read(plain, "s.Annotated$Nested");
    assertThat(nested.visibility()).isEqualTo(Visibility.PACKAGE);
    assertThat(nested.isStatic()).isTrue();
    assertThat(nested.isInner()).isFalse();

    TypeView hidden = read(plain, "s.Annotated$Hidden");
    assertThat(hidden.visibility()).as("from InnerClasses; the class's own flags say package-private").isEqualTo(Visibility.PRIVATE);
    assertThat(hidden.isStatic()).isTrue();

    TypeView callback = read(plain, "s.Annotated$Callback");
    assertThat(callback.visibility()).isEqualTo(Visibility.PROTECTED);
    assertThat(callback.kind()).isEqualTo(TypeKind.INTERFACE);
    assertThat(callback.isStatic()).as("member interfaces are implicitly static").isTrue();
    assertThat(callback.isAbstract()).isTrue();
  }

  @Test
  void rejectsATruncatedClassFile() throws IOException {
    byte[] bytes = Files.readAllBytes(plain.resolve("s/Annotated.class"));
    for (int length : new int[] {0, 3, 10, bytes.length / 2, bytes.length - 1}) {
      byte[] truncated = Arrays.copyOf(bytes, length);
      assertThatThrownBy(() -> READER.read(truncated, ORIGIN))
          .as("truncated to " + length + " bytes")
          .isInstanceOf(ClassFileFormatException.class);
    }
  }
}
