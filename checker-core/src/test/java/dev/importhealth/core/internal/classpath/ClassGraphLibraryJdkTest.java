package dev.importhealth.core.internal.classpath;

import static org.assertj.core.api.Assertions.assertThat;

import dev.importhealth.core.index.FieldSymbol;
import dev.importhealth.core.index.MethodSymbol;
import dev.importhealth.core.index.TypeKind;
import dev.importhealth.core.index.TypeOrigin;
import dev.importhealth.core.index.TypeRef;
import dev.importhealth.core.index.TypeSymbol;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The JDK part of {@link ClassGraphLibrary}: listing, and types read from the runtime image. */
class ClassGraphLibraryJdkTest {

  private static ClassGraphLibrary jdk;

  @BeforeAll
  static void open() {
    jdk = ClassGraphLibrary.open(List.of(), true);
  }

  @AfterAll
  static void close() {
    jdk.close();
  }

  private static TypeSymbol type(String binaryName) {
    Optional<TypeSymbol> type = jdk.type(binaryName);
    assertThat(type).as(binaryName + ": " + jdk.readFailure(binaryName).orElse("")).isPresent();
    return type.get();
  }

  private static List<MethodSymbol> methods(TypeSymbol type, String name) {
    return type.methods().stream().filter(m -> m.name().equals(name)).toList();
  }

  @Test
  void arrayListHasItsSupertypesAndBothAddOverloads() {
    TypeSymbol arrayList = type("java.util.ArrayList");

    assertThat(arrayList.kind()).isEqualTo(TypeKind.CLASS);
    assertThat(arrayList.origin()).isEqualTo(new TypeOrigin.Jdk("java.base"));
    assertThat(arrayList.packageName()).isEqualTo("java.util");
    assertThat(arrayList.simpleName()).isEqualTo("ArrayList");
    assertThat(arrayList.outerBinaryName()).isEmpty();
    assertThat(arrayList.typeParameters()).containsExactly("E");
    assertThat(arrayList.membersKnown()).isTrue();
    assertThat(arrayList.supertypes()).containsExactly(
        TypeRef.Named.of("java.util.AbstractList"),
        TypeRef.Named.of("java.util.List"),
        TypeRef.Named.of("java.util.RandomAccess"),
        TypeRef.Named.of("java.lang.Cloneable"),
        TypeRef.Named.of("java.io.Serializable"));
    assertThat(methods(arrayList, "add"))
        .filteredOn(m -> !m.isStatic())
        .extracting(MethodSymbol::parameterCount)
        .contains(1, 2);
    assertThat(methods(arrayList, MethodSymbol.CONSTRUCTOR))
        .extracting(MethodSymbol::parameterCount)
        .containsExactlyInAnyOrder(0, 1, 1);
    assertThat(arrayList.methods()).extracting(MethodSymbol::name).doesNotContain("<clinit>");
  }

  @Test
  void mapDeclaresEntryAsAStaticMemberType() {
    TypeSymbol map = type("java.util.Map");
    assertThat(map.kind()).isEqualTo(TypeKind.INTERFACE);
    assertThat(map.supertypes()).as("an interface lists no superclass").isEmpty();
    assertThat(map.memberTypes()).containsEntry("Entry", "java.util.Map$Entry");

    TypeSymbol entry = type("java.util.Map$Entry");
    assertThat(entry.simpleName()).isEqualTo("Entry");
    assertThat(entry.outerBinaryName()).contains("java.util.Map");
    assertThat(entry.isStatic()).isTrue();
    assertThat(entry.kind()).isEqualTo(TypeKind.INTERFACE);
    assertThat(entry.typeParameters()).containsExactly("K", "V");
  }

  @Test
  void listHasAVarargsOfAndAGetReturningItsTypeVariable() {
    TypeSymbol list = type("java.util.List");
    assertThat(methods(list, "of"))
        .filteredOn(MethodSymbol::varargs)
        .singleElement()
        .satisfies(m -> {
          assertThat(m.isStatic()).isTrue();
          assertThat(m.parameterCount()).isEqualTo(1);
          assertThat(m.acceptsArguments(11)).isTrue();
          assertThat(m.returnType()).isEqualTo(TypeRef.Named.of("java.util.List"));
        });
    assertThat(methods(list, "of")).extracting(MethodSymbol::parameterCount)
        .contains(0, 1, 2, 10);
    assertThat(methods(list, "get")).singleElement()
        .extracting(MethodSymbol::returnType)
        .isEqualTo(new TypeRef.TypeVariable("E", 0));
    assertThat(methods(list, "toArray"))
        .extracting(MethodSymbol::returnType)
        .contains(new TypeRef.TypeVariable("T", 1), new TypeRef.Named("java.lang.Object", 1));
  }

  @Test
  void stringLengthReturnsPrimitiveInt() {
    TypeSymbol string = type("java.lang.String");
    assertThat(methods(string, "length")).singleElement()
        .extracting(MethodSymbol::returnType)
        .isEqualTo(new TypeRef.Primitive("int", 0));
    assertThat(methods(string, "format")).filteredOn(MethodSymbol::varargs).hasSize(2);
    assertThat(string.fields()).filteredOn(f -> f.name().equals("CASE_INSENSITIVE_ORDER"))
        .singleElement()
        .satisfies(f -> assertThat(f.isStatic()).isTrue())
        .extracting(FieldSymbol::type)
        .isEqualTo(TypeRef.Named.of("java.util.Comparator"));
  }

  @Test
  void kindsOfJdkTypes() {
    TypeSymbol dayOfWeek = type("java.time.DayOfWeek");
    assertThat(dayOfWeek.kind()).isEqualTo(TypeKind.ENUM);
    assertThat(dayOfWeek.fields()).filteredOn(f -> f.name().equals("MONDAY")).singleElement()
        .satisfies(f -> {
          assertThat(f.isStatic()).isTrue();
          assertThat(f.type()).isEqualTo(TypeRef.Named.of("java.time.DayOfWeek"));
        });
    assertThat(dayOfWeek.methods()).extracting(MethodSymbol::name).contains("values", "valueOf");
    assertThat(dayOfWeek.fields()).extracting(FieldSymbol::name)
        .as("synthetic fields are left out").doesNotContain("$VALUES");

    assertThat(type("java.lang.Deprecated").kind()).isEqualTo(TypeKind.ANNOTATION);
    assertThat(methods(type("java.lang.Deprecated"), "since")).hasSize(1);
    assertThat(type("java.lang.Runnable").kind()).isEqualTo(TypeKind.INTERFACE);
    assertThat(type("java.lang.Object").supertypes()).isEmpty();
    assertThat(type("org.w3c.dom.Node").origin()).isEqualTo(new TypeOrigin.Jdk("java.xml"));
  }

  @Test
  void listsPackagesAndTheirNamedClasses() {
    assertThat(jdk.packages()).contains("java.util", "java.util.concurrent", "org.w3c.dom")
        .doesNotContain("", "META-INF");
    assertThat(jdk.classesIn("java.util"))
        .contains("java.util.ArrayList", "java.util.Map$Entry")
        .allSatisfy(name -> {
          assertThat(name).startsWith("java.util.");
          assertThat(name.substring("java.util.".length())).doesNotContain(".");
          assertThat(name).doesNotContainPattern("\\$[0-9]").doesNotEndWith("package-info");
        });
    assertThat(jdk.classesIn("no.such.pkg")).isEmpty();
    assertThat(jdk.isJdkPackage("java.util")).isTrue();
    assertThat(jdk.isJdkPackage("org.w3c.dom")).isTrue();
    assertThat(jdk.isJdkPackage("com.example")).isFalse();
    assertThat(jdk.entriesDeclaring("java.util.ArrayList")).containsExactly("jrt:/java.base");
  }

  @Test
  void unknownAndAnonymousClassesHaveNoType() {
    assertThat(jdk.type("java.util.NoSuchClass")).isEmpty();
    assertThat(jdk.readFailure("java.util.NoSuchClass")).isEmpty();
    assertThat(jdk.type("java.util.concurrent.TimeUnit$1")).isEmpty();
    assertThat(jdk.type("module-info")).isEmpty();
  }

  @Test
  void typesAreCachedAndSafeToReadFromParallelThreads() {
    List<String> names = jdk.classesIn("java.util.concurrent").stream().sorted().toList();
    var first = names.parallelStream()
        .collect(Collectors.toConcurrentMap(n -> n, n -> jdk.type(n).orElseThrow()));
    assertThat(first).hasSize(names.size());
    for (String name : names) {
      assertThat(jdk.type(name).orElseThrow()).isSameAs(first.get(name));
    }
  }
}
