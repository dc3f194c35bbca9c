package dev.importhealth.core.internal.classpath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.importhealth.core.index.FieldSymbol;
import dev.importhealth.core.index.MethodSymbol;
import dev.importhealth.core.index.TypeKind;
import dev.importhealth.core.index.TypeOrigin;
import dev.importhealth.core.index.TypeRef;
import dev.importhealth.core.index.TypeSymbol;
import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassFileReaderTest {

  private static final TypeOrigin ORIGIN = new TypeOrigin.Classpath("test");
  private static final ClassFileReader READER = new ClassFileReader();

  @TempDir static Path classes;

  @BeforeAll
  static void compile() throws IOException {
    TestClasses.compile(classes, Map.of(
        "p/Outer.java", """
            package p;
            import java.util.List;
            public class Outer<T extends Comparable<? super T>, U> {
              public static final String NAME = "x";
              T single;
              T[][] grid;
              List<T> list;
              int[] numbers;
              public Outer() {}
              public Outer(T t, U u) {}
              public T first() { return null; }
              public List<T> all() { return null; }
              public <R extends Runnable> R[] runnables(int n) { return null; }
              @SafeVarargs static <V> V pick(V... vs) { return vs[0]; }
              public class Inner { public Inner(int a, String b) {} }
              public class GenericInner<W> { public GenericInner(List<W> ws) {} }
              public static class Nested { public Nested(int a) {} }
              public enum Color { RED, GREEN; Color() {} }
              public interface Callback { void done(); }
              Object make() {
                class Local {}
                return new Object() { public String toString() { return new Local().toString(); } };
              }
              public int compareTo(Outer<T, U> other) { return 0; }
            }
            """,
        "p/Ordered.java", """
            package p;
            public class Ordered implements Comparable<Ordered> {
              public int compareTo(Ordered o) { return 0; }
            }
            """,
        "p/Hidden.java", """
            package p;
            public class Hidden {
              private int secret;
              int internal;
              protected int family;
              public int open;
              private void hide() {}
              void local() {}
              protected void inherit() {}
              private Hidden() {}
              private static class Private {}
              static class Internal {}
              public static class Open {}
            }
            """));
  }

  private static TypeSymbol read(String internalName) throws IOException {
    return READER.read(Files.readAllBytes(classes.resolve(internalName + ".class")), ORIGIN);
  }

  private static MethodSymbol method(TypeSymbol type, String name) {
    return type.methods().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
  }

  private static TypeRef fieldType(TypeSymbol type, String name) {
    return type.fields().stream().filter(f -> f.name().equals(name)).findFirst()
        .map(FieldSymbol::type).orElseThrow();
  }

  @Test
  void readsGenericTypesAsTypeVariablesAndEverythingElseErased() throws IOException {
    TypeSymbol outer = read("p/Outer");
    assertThat(outer.typeParameters()).containsExactly("T", "U");
    assertThat(outer.origin()).isSameAs(ORIGIN);
    assertThat(fieldType(outer, "single")).isEqualTo(new TypeRef.TypeVariable("T", 0));
    assertThat(fieldType(outer, "grid")).isEqualTo(new TypeRef.TypeVariable("T", 2));
    assertThat(fieldType(outer, "list")).isEqualTo(TypeRef.Named.of("java.util.List"));
    assertThat(fieldType(outer, "numbers")).isEqualTo(new TypeRef.Primitive("int", 1));
    assertThat(outer.fields()).filteredOn(f -> f.name().equals("NAME")).singleElement()
        .satisfies(f -> assertThat(f.isStatic()).isTrue());
    assertThat(method(outer, "first").returnType()).isEqualTo(new TypeRef.TypeVariable("T", 0));
    assertThat(method(outer, "all").returnType()).isEqualTo(TypeRef.Named.of("java.util.List"));
    assertThat(method(outer, "runnables").returnType()).isEqualTo(new TypeRef.TypeVariable("R", 1));
    assertThat(method(outer, "pick")).isEqualTo(
        new MethodSymbol("pick", 1, true, true, new TypeRef.TypeVariable("V", 0)));
    assertThat(outer.methods()).filteredOn(m -> m.name().equals(MethodSymbol.CONSTRUCTOR))
        .extracting(MethodSymbol::parameterCount).containsExactlyInAnyOrder(0, 2);
  }

  @Test
  void listsMemberTypesButNotLocalOrAnonymousOnes() throws IOException {
    assertThat(read("p/Outer").memberTypes()).containsExactlyInAnyOrderEntriesOf(Map.of(
        "Inner", "p.Outer$Inner",
        "GenericInner", "p.Outer$GenericInner",
        "Nested", "p.Outer$Nested",
        "Color", "p.Outer$Color",
        "Callback", "p.Outer$Callback"));
  }

  @Test
  void leavesOutMembersProjectCodeCannotSee() throws IOException {
    byte[] bytes = Files.readAllBytes(classes.resolve("p/Hidden.class"));
    TypeSymbol onClasspath = READER.read(bytes, ORIGIN);
    assertThat(onClasspath.fields()).extracting(FieldSymbol::name).containsExactly("internal", "family", "open");
    assertThat(onClasspath.methods()).extracting(MethodSymbol::name)
        .as("constructors are never inherited, so even a private one is kept")
        .containsExactly("local", "inherit", MethodSymbol.CONSTRUCTOR);
    assertThat(onClasspath.memberTypes()).containsOnlyKeys("Internal", "Open");

    TypeSymbol inJdk = READER.read(bytes, new TypeOrigin.Jdk("java.base"));
    assertThat(inJdk.fields()).as("no project code is in a JDK package").extracting(FieldSymbol::name)
        .containsExactly("family", "open");
    assertThat(inJdk.methods()).extracting(MethodSymbol::name).containsExactly("inherit", MethodSymbol.CONSTRUCTOR);
    assertThat(inJdk.memberTypes()).containsOnlyKeys("Open");
  }

  @Test
  void constructorsCountOnlyTheParametersSourceCodePasses() throws IOException {
    TypeSymbol inner = read("p/Outer$Inner");
    assertThat(inner.isStatic()).isFalse();
    assertThat(inner.outerBinaryName()).contains("p.Outer");
    assertThat(inner.simpleName()).isEqualTo("Inner");
    assertThat(inner.packageName()).isEqualTo("p");
    assertThat(method(inner, MethodSymbol.CONSTRUCTOR).parameterCount())
        .as("the outer instance is not counted").isEqualTo(2);
    assertThat(method(read("p/Outer$GenericInner"), MethodSymbol.CONSTRUCTOR).parameterCount())
        .isEqualTo(1);

    TypeSymbol nested = read("p/Outer$Nested");
    assertThat(nested.isStatic()).isTrue();
    assertThat(method(nested, MethodSymbol.CONSTRUCTOR).parameterCount()).isEqualTo(1);

    TypeSymbol color = read("p/Outer$Color");
    assertThat(color.kind()).isEqualTo(TypeKind.ENUM);
    assertThat(color.isStatic()).isTrue();
    assertThat(method(color, MethodSymbol.CONSTRUCTOR).parameterCount())
        .as("an enum constant's name and ordinal are not counted").isZero();
    assertThat(color.supertypes()).containsExactly(TypeRef.Named.of("java.lang.Enum"));

    TypeSymbol callback = read("p/Outer$Callback");
    assertThat(callback.kind()).isEqualTo(TypeKind.INTERFACE);
    assertThat(callback.isStatic()).isTrue();
  }

  @Test
  void localAndAnonymousClassesNameTheClassAroundThem() throws IOException {
    TypeSymbol local = read("p/Outer$1Local");
    assertThat(local.simpleName()).isEqualTo("Local");
    assertThat(local.outerBinaryName()).contains("p.Outer");
    TypeSymbol anonymous = read("p/Outer$1");
    assertThat(anonymous.simpleName()).isEmpty();
    assertThat(anonymous.outerBinaryName()).contains("p.Outer");
  }

  @Test
  void leavesOutBridgeAndSyntheticMethods() throws IOException {
    TypeSymbol ordered = read("p/Ordered");
    assertThat(ordered.methods()).filteredOn(m -> m.name().equals("compareTo"))
        .as("the bridge compareTo(Object) is left out").hasSize(1);
    TypeSymbol outer = read("p/Outer");
    assertThat(outer.methods()).extracting(MethodSymbol::name)
        .noneMatch(name -> name.startsWith("lambda$") || name.startsWith("access$"));
  }

  /**
   * A minimal class file {@code A extends java.lang.Object}: constant pool entries 1-4 are
   * {@code A} and {@code Object}, 5 is the Utf8 "Foo", then {@code extraConstants} (already
   * encoded, {@code extraSlots} slots); then no interfaces, fields or methods, and {@code tail}
   * (the class attributes, count included).
   */
  private static byte[] minimalClass(byte[] extraConstants, int extraSlots, byte[] tail)
      throws IOException {
    var bytes = new java.io.ByteArrayOutputStream();
    var out = new java.io.DataOutputStream(bytes);
    out.writeInt(0xCAFEBABE);
    out.writeShort(0);
    out.writeShort(65); // Java 21
    out.writeShort(6 + extraSlots);
    out.writeByte(1);
    out.writeUTF("A");
    out.writeByte(7);
    out.writeShort(1);
    out.writeByte(1);
    out.writeUTF("java/lang/Object");
    out.writeByte(7);
    out.writeShort(3);
    out.writeByte(1);
    out.writeUTF("Foo");
    out.write(extraConstants);
    out.writeShort(0x0021); // public super
    out.writeShort(2);
    out.writeShort(4);
    out.writeShort(0); // interfaces
    out.writeShort(0); // fields
    out.writeShort(0); // methods
    out.write(tail);
    return bytes.toByteArray();
  }

  @Test
  void readsEveryConstantPoolTagUpToJava21() throws IOException {
    byte[] constants = {
        3, 0, 0, 0, 1, // 6 Integer
        4, 0, 0, 0, 1, // 7 Float
        5, 0, 0, 0, 0, 0, 0, 0, 1, // 8-9 Long
        6, 0, 0, 0, 0, 0, 0, 0, 1, // 10-11 Double
        8, 0, 5, // 12 String
        12, 0, 5, 0, 5, // 13 NameAndType
        9, 0, 2, 0, 13, // 14 Fieldref
        10, 0, 2, 0, 13, // 15 Methodref
        11, 0, 2, 0, 13, // 16 InterfaceMethodref
        15, 6, 0, 15, // 17 MethodHandle
        16, 0, 5, // 18 MethodType
        17, 0, 0, 0, 13, // 19 Dynamic
        18, 0, 0, 0, 13, // 20 InvokeDynamic
        19, 0, 5, // 21 Module
        20, 0, 5, // 22 Package
    };
    TypeSymbol type = READER.read(minimalClass(constants, 17, new byte[] {0, 0}), ORIGIN);
    assertThat(type.binaryName()).isEqualTo("A");
    assertThat(type.packageName()).isEmpty();
    assertThat(type.supertypes()).containsExactly(TypeRef.Named.of("java.lang.Object"));
  }

  @Test
  void anUnknownAttributeIsSkippedByItsLength() throws IOException {
    byte[] tail = {0, 1, 0, 5, 0, 0, 0, 3, 9, 9, 9}; // one attribute "Foo" of 3 bytes
    assertThat(READER.read(minimalClass(new byte[0], 0, tail), ORIGIN).binaryName()).isEqualTo("A");
  }

  @Test
  void malformedFilesThrowWithAClearMessage() throws IOException {
    assertThatThrownBy(() -> READER.read(new byte[0], ORIGIN))
        .isInstanceOf(ClassFileFormatException.class).hasMessageContaining("truncated");
    assertThatThrownBy(() -> READER.read(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}, ORIGIN))
        .isInstanceOf(ClassFileFormatException.class).hasMessageContaining("bad magic");
    byte[] unknownTag = minimalClass(new byte[] {99}, 1, new byte[] {0, 0});
    assertThatThrownBy(() -> READER.read(unknownTag, ORIGIN))
        .isInstanceOf(ClassFileFormatException.class)
        .hasMessageContaining("unknown constant pool tag 99 at entry 6");
    byte[] longAtTheEnd = minimalClass(new byte[] {5, 0, 0, 0, 0, 0, 0, 0, 1}, 1, new byte[] {0, 0});
    assertThatThrownBy(() -> READER.read(longAtTheEnd, ORIGIN))
        .hasMessageContaining("8-byte constant at the end of the constant pool");
    byte[] hugeAttribute = minimalClass(new byte[0], 0,
        new byte[] {0, 1, 0, 5, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF});
    assertThatThrownBy(() -> READER.read(hugeAttribute, ORIGIN))
        .isInstanceOf(ClassFileFormatException.class)
        .hasMessageContaining("attribute length 4294967295 runs past the end of the file");
    byte[] badSuper = minimalClass(new byte[0], 0, new byte[] {0, 0});
    badSuper[badSuper.length - 9] = 5; // super_class -> the Utf8 "Foo", not a Class entry
    assertThatThrownBy(() -> READER.read(badSuper, ORIGIN))
        .hasMessageContaining("constant pool entry 5 is not a Class entry");
    byte[] trailing = minimalClass(new byte[0], 0, new byte[] {0, 0, 7});
    assertThatThrownBy(() -> READER.read(trailing, ORIGIN))
        .hasMessageContaining("unexpected data after the class attributes");
  }

  /** Every truncation and random corruption of real class files parses or fails cleanly. */
  @Test
  void corruptionNeverEscapesAsAnythingButClassFileFormatException() throws IOException {
    var jrt = FileSystems.getFileSystem(URI.create("jrt:/"));
    Random random = new Random(42);
    for (String name : List.of("java/util/ArrayList", "java/lang/invoke/MethodHandles",
        "java/lang/Record", "java/util/concurrent/ConcurrentHashMap")) {
      byte[] bytes = Files.readAllBytes(jrt.getPath("/modules/java.base", name + ".class"));
      assertThat(READER.read(bytes, ORIGIN).binaryName()).isEqualTo(name.replace('/', '.'));
      for (int length = 0; length < bytes.length; length += 1 + length / 50) {
        byte[] truncated = Arrays.copyOf(bytes, length);
        assertThatThrownBy(() -> READER.read(truncated, ORIGIN))
            .isInstanceOf(ClassFileFormatException.class);
      }
      for (int i = 0; i < 300; i++) {
        byte[] corrupt = bytes.clone();
        for (int flips = 1 + random.nextInt(4); flips > 0; flips--) {
          corrupt[random.nextInt(corrupt.length)] = (byte) random.nextInt(256);
        }
        try {
          READER.read(corrupt, ORIGIN);
        } catch (ClassFileFormatException expected) {
          assertThat(expected).hasMessageContaining("malformed class file");
        }
      }
    }
  }
}
