package dev.importhealth.core.internal.classpath;

import static org.assertj.core.api.Assertions.assertThat;

import dev.importhealth.core.index.MethodSymbol;
import dev.importhealth.core.index.TypeKind;
import dev.importhealth.core.index.TypeOrigin;
import dev.importhealth.core.index.TypeRef;
import dev.importhealth.core.index.TypeSymbol;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The classpath part of {@link ClassGraphLibrary}: directories and jars built by the tests. */
class ClassGraphLibraryClasspathTest {

  @TempDir Path temp;

  private static List<String> methodNames(TypeSymbol type) {
    return type.methods().stream().map(MethodSymbol::name).toList();
  }

  @Test
  void readsARecordCompiledIntoADirectory() throws Exception {
    Path classes = TestClasses.compile(temp.resolve("classes"), Map.of(
        "shapes/Point.java", "package shapes; public record Point(int x, String label) {}"));

    try (ClassGraphLibrary library = ClassGraphLibrary.open(List.of(classes), false)) {
      assertThat(library.packages()).containsExactly("shapes");
      assertThat(library.classesIn("shapes")).containsExactly("shapes.Point");
      assertThat(library.isJdkPackage("shapes")).isFalse();
      assertThat(library.type("java.lang.String")).as("JDK not included").isEmpty();

      TypeSymbol point = library.type("shapes.Point").orElseThrow();
      assertThat(point.kind()).isEqualTo(TypeKind.RECORD);
      assertThat(point.origin()).isEqualTo(new TypeOrigin.Classpath(classes.toString()));
      assertThat(point.supertypes()).containsExactly(TypeRef.Named.of("java.lang.Record"));
      assertThat(point.methods()).contains(
          new MethodSymbol("x", 0, false, false, new TypeRef.Primitive("int", 0)),
          new MethodSymbol("label", 0, false, false, TypeRef.Named.of("java.lang.String")),
          new MethodSymbol(MethodSymbol.CONSTRUCTOR, 2, false, false,
              new TypeRef.Primitive("void", 0)));
      assertThat(point.fields()).as("component fields are private: project code reads the accessors").isEmpty();
    }
  }

  @Test
  void listsAndReadsAJar() throws Exception {
    Path classes = TestClasses.compile(temp.resolve("classes"), Map.of(
        "lib/api/Service.java",
        "package lib.api; public interface Service { String call(String... args);"
            + " class Default implements Service { public String call(String... a) { return \"\"; } }"
            + " static Service make() { return new Service() { public String call(String... a) {"
            + " return null; } }; } }",
        "lib/api/package-info.java", "package lib.api;"));
    Path jar = TestClasses.jar(temp.resolve("lib.jar"), classes, Map.of(), false);

    try (ClassGraphLibrary library = ClassGraphLibrary.open(List.of(jar), true)) {
      assertThat(library.classesIn("lib.api"))
          .as("no anonymous classes, no package-info")
          .containsExactlyInAnyOrder("lib.api.Service", "lib.api.Service$Default");
      assertThat(library.isJdkPackage("lib.api")).isFalse();
      assertThat(library.isJdkPackage("java.util")).isTrue();
      assertThat(library.packages()).contains("lib.api", "java.util").doesNotContain("META-INF");

      TypeSymbol service = library.type("lib.api.Service").orElseThrow();
      assertThat(service.origin()).isEqualTo(new TypeOrigin.Classpath(jar.toString()));
      assertThat(service.kind()).isEqualTo(TypeKind.INTERFACE);
      assertThat(service.memberTypes()).containsExactly(Map.entry("Default", "lib.api.Service$Default"));
      assertThat(service.methods()).filteredOn(m -> m.name().equals("call")).singleElement()
          .satisfies(m -> assertThat(m.varargs()).isTrue());

      TypeSymbol defaultImpl = library.type("lib.api.Service$Default").orElseThrow();
      assertThat(defaultImpl.outerBinaryName()).contains("lib.api.Service");
      assertThat(defaultImpl.isStatic()).as("member classes of interfaces are static").isTrue();
      assertThat(defaultImpl.supertypes()).containsExactly(
          TypeRef.Named.of("java.lang.Object"), TypeRef.Named.of("lib.api.Service"));
      assertThat(library.entriesDeclaring("lib.api.Service")).containsExactly(jar.toString());
    }
  }

  @Test
  void aMultiReleaseJarGivesTheVersionForTheRunningJvm() throws Exception {
    Path base = TestClasses.compile(temp.resolve("base"), Map.of(
        "mr/Api.java", "package mr; public class Api { public void base() {} }"));
    Path v11 = TestClasses.compile(temp.resolve("v11"), Map.of(
        "mr/Api.java", "package mr; public class Api { public void base() {} public void newer() {} }",
        "mr/OnlyNewer.java", "package mr; public class OnlyNewer {}"));
    Path jar = TestClasses.jar(temp.resolve("mr.jar"), base, Map.of(
        "META-INF/versions/11/mr/Api.class", Files.readAllBytes(v11.resolve("mr/Api.class")),
        "META-INF/versions/11/mr/OnlyNewer.class",
        Files.readAllBytes(v11.resolve("mr/OnlyNewer.class"))), true);

    try (ClassGraphLibrary library = ClassGraphLibrary.open(List.of(jar), false)) {
      assertThat(library.packages()).containsExactly("mr");
      assertThat(library.classesIn("mr")).containsExactlyInAnyOrder("mr.Api", "mr.OnlyNewer");
      assertThat(library.entriesDeclaring("mr.Api")).containsExactly(jar.toString());
      assertThat(methodNames(library.type("mr.Api").orElseThrow())).contains("base", "newer");
    }
  }

  @Test
  void aCorruptClassFileHasNoTypeButDoesNotBreakTheRest() throws Exception {
    Path classes = TestClasses.compile(temp.resolve("classes"), Map.of(
        "good/Fine.java", "package good; public class Fine {}",
        "good/Moved.java", "package good; public class Moved {}"));
    Files.write(classes.resolve("good/Broken.class"), new byte[] {(byte) 0xCA, (byte) 0xFE, 1, 2});
    Files.write(classes.resolve("good/Garbage.class"), "not a class file at all".getBytes());
    // A valid class file under the wrong name, which the JVM would refuse too.
    Files.move(classes.resolve("good/Moved.class"), classes.resolve("good/Elsewhere.class"));

    try (ClassGraphLibrary library = ClassGraphLibrary.open(List.of(classes), false)) {
      assertThat(library.classesIn("good"))
          .containsExactlyInAnyOrder("good.Fine", "good.Broken", "good.Garbage", "good.Elsewhere");
      assertThat(library.type("good.Broken")).isEmpty();
      assertThat(library.type("good.Broken")).as("remembered").isEmpty();
      assertThat(library.readFailure("good.Broken")).hasValueSatisfying(
          reason -> assertThat(reason).contains(classes.toString(), "bad magic"));
      assertThat(library.type("good.Garbage")).isEmpty();
      assertThat(library.type("good.Elsewhere")).isEmpty();
      assertThat(library.readFailure("good.Elsewhere"))
          .hasValueSatisfying(reason -> assertThat(reason).contains("declares good.Moved"));
      assertThat(library.type("good.Fine")).isPresent();
      assertThat(library.readFailure("good.Fine")).isEmpty();
    }
  }

  @Test
  void theFirstEntryDeclaringAClassWins() throws Exception {
    Path first = TestClasses.compile(temp.resolve("first"), Map.of(
        "dup/Same.java", "package dup; public class Same { public void fromFirst() {} }"));
    Path second = TestClasses.compile(temp.resolve("second"), Map.of(
        "dup/Same.java", "package dup; public class Same { public void fromSecond() {} }",
        "dup/OnlySecond.java", "package dup; public class OnlySecond {}"));

    try (ClassGraphLibrary library = ClassGraphLibrary.open(List.of(first, second), false)) {
      TypeSymbol same = library.type("dup.Same").orElseThrow();
      assertThat(methodNames(same)).contains("fromFirst").doesNotContain("fromSecond");
      assertThat(same.origin()).isEqualTo(new TypeOrigin.Classpath(first.toString()));
      assertThat(library.entriesDeclaring("dup.Same"))
          .containsExactly(first.toString(), second.toString());
      assertThat(library.classesIn("dup")).containsExactlyInAnyOrder("dup.Same", "dup.OnlySecond");
      assertThat(library.type("dup.OnlySecond").orElseThrow().origin())
          .isEqualTo(new TypeOrigin.Classpath(second.toString()));
    }
    try (ClassGraphLibrary library = ClassGraphLibrary.open(List.of(second, first), false)) {
      assertThat(methodNames(library.type("dup.Same").orElseThrow())).contains("fromSecond");
      assertThat(library.entriesDeclaring("dup.Same"))
          .containsExactly(second.toString(), first.toString());
    }
  }

  @Test
  void theJdkWinsOverTheClasspathForItsOwnClasses() throws Exception {
    // javac refuses to compile into java.*, so copy a JDK class file under a jar's name for it.
    Path dir = Files.createDirectories(temp.resolve("shadow/java/util"));
    Path classes = TestClasses.compile(temp.resolve("tmp"), Map.of(
        "x/Y.java", "package x; public class Y {}"));
    Files.copy(classes.resolve("x/Y.class"), dir.resolve("ArrayList.class"));
    Path shadow = temp.resolve("shadow");

    try (ClassGraphLibrary library = ClassGraphLibrary.open(List.of(shadow), true)) {
      assertThat(library.entriesDeclaring("java.util.ArrayList"))
          .containsExactly("jrt:/java.base", shadow.toString());
      assertThat(library.type("java.util.ArrayList").orElseThrow().origin())
          .isEqualTo(new TypeOrigin.Jdk("java.base"));
      assertThat(library.isJdkPackage("java.util")).isTrue();
    }
  }

  @Test
  void readsEveryClassOfARealJarFromParallelThreads() throws Exception {
    Path classGraphJar = Path.of(
        io.github.classgraph.ClassGraph.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    assertThat(classGraphJar.toString()).endsWith(".jar");

    try (ClassGraphLibrary library = ClassGraphLibrary.open(List.of(classGraphJar), false)) {
      List<String> names = library.packages().stream()
          .flatMap(p -> library.classesIn(p).stream()).sorted().toList();
      assertThat(names).hasSizeGreaterThan(150).contains("io.github.classgraph.ClassGraph");
      Map<String, TypeSymbol> first = names.parallelStream().collect(
          java.util.stream.Collectors.toConcurrentMap(n -> n, n -> library.type(n).orElseThrow(
              () -> new AssertionError(n + ": " + library.readFailure(n).orElse("")))));
      assertThat(first).hasSize(names.size());
      names.parallelStream().forEach(n -> assertThat(library.type(n).orElseThrow()).isSameAs(first.get(n)));
      assertThat(first.get("io.github.classgraph.ClassGraph").origin())
          .isEqualTo(new TypeOrigin.Classpath(classGraphJar.toString()));
    }
  }

  @Test
  void missingEntriesAndAnEmptyClasspathGiveAnEmptyLibrary() {
    try (ClassGraphLibrary library = ClassGraphLibrary.open(List.of(temp.resolve("absent.jar")), false)) {
      assertThat(library.packages()).isEmpty();
    }
    try (ClassGraphLibrary library = ClassGraphLibrary.open(List.of(), false)) {
      assertThat(library.packages()).isEmpty();
      assertThat(library.type("java.lang.Object")).isEmpty();
    }
  }
}
