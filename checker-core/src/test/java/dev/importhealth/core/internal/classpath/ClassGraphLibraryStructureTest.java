package dev.importhealth.core.internal.classpath;

import static org.assertj.core.api.Assertions.assertThat;

import dev.importhealth.core.index.TypeKind;
import dev.importhealth.core.index.TypeOrigin;
import dev.importhealth.core.structure.AnnotationUse;
import dev.importhealth.core.structure.TypeView;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ClassGraphLibrary#structure} and {@link ClassGraphLibrary#hasResource}. */
class ClassGraphLibraryStructureTest {

  private static final Map<String, String> SOURCES = Map.of(
      "lib/Fixture.java", """
          package lib;
          @Deprecated public class Fixture { public static java.util.List<String> data() { return null; } }
          """);

  @TempDir Path temp;

  private Path compileWithResource() throws Exception {
    Path classes = TestClasses.compile(temp.resolve("classes"), SOURCES);
    Files.createDirectories(classes.resolve("lib/data"));
    Files.writeString(classes.resolve("lib/data/rows.csv"), "a,b\n");
    return classes;
  }

  private static void assertFixture(ClassGraphLibrary library, Path entry) {
    TypeView fixture = library.structure("lib.Fixture").orElseThrow();
    assertThat(fixture.kind()).isEqualTo(TypeKind.CLASS);
    assertThat(fixture.origin()).isEqualTo(new TypeOrigin.Classpath(entry.toString()));
    assertThat(fixture.annotations()).extracting(AnnotationUse::typeName).containsExactly("java.lang.Deprecated");
    assertThat(fixture.methods()).filteredOn(m -> m.name().equals("data")).singleElement()
        .satisfies(m -> assertThat(m.returnTypeText()).isEqualTo("java.util.List<java.lang.String>"));
    assertThat(library.structure("lib.Fixture")).as("cached").containsSame(fixture);
    assertThat(library.structure("lib.Missing")).isEmpty();

    assertThat(library.hasResource("lib/data/rows.csv")).isTrue();
    assertThat(library.hasResource("lib/Fixture.class")).isTrue();
    assertThat(library.hasResource("lib/data/other.csv")).isFalse();
    assertThat(library.hasResource("lib/data")).as("a directory is not a resource").isFalse();
  }

  @Test
  void readsStructuresAndResourcesFromADirectory() throws Exception {
    Path classes = compileWithResource();

    try (ClassGraphLibrary library = ClassGraphLibrary.open(List.of(classes), false)) {
      assertFixture(library, classes);
      assertThat(library.structure("java.lang.String")).as("JDK not included").isEmpty();
    }
  }

  @Test
  void readsStructuresAndResourcesFromAJar() throws Exception {
    Path classes = compileWithResource();
    Path jar = TestClasses.jar(temp.resolve("lib.jar"), classes,
        Map.of("META-INF/services/lib.Fixture", "lib.Fixture\n".getBytes(StandardCharsets.UTF_8)), false);

    try (ClassGraphLibrary library = ClassGraphLibrary.open(List.of(jar), true)) {
      assertFixture(library, jar);
      assertThat(library.hasResource("META-INF/services/lib.Fixture")).isTrue();
      assertThat(library.hasResource("java/lang/String.class")).as("the JDK does not count").isFalse();
      assertThat(library.structure("java.lang.String")).hasValueSatisfying(
          string -> assertThat(string.origin()).isEqualTo(new TypeOrigin.Jdk("java.base")));
    }
  }

  @Test
  void aClassThatCannotBeReadHasNoStructure() throws Exception {
    Path classes = TestClasses.compile(temp.resolve("classes"), SOURCES);
    Path classFile = classes.resolve("lib/Fixture.class");
    byte[] bytes = Files.readAllBytes(classFile);
    Files.write(classFile, Arrays.copyOf(bytes, bytes.length / 2));

    try (ClassGraphLibrary library = ClassGraphLibrary.open(List.of(classes), false)) {
      assertThat(library.classesIn("lib")).containsExactly("lib.Fixture");
      assertThat(library.structure("lib.Fixture")).isEmpty();
      assertThat(library.readFailure("lib.Fixture")).hasValueSatisfying(
          why -> assertThat(why).contains("truncated"));
      assertThat(library.structure("lib.Fixture")).as("the failure is cached").isEmpty();
      assertThat(library.type("lib.Fixture")).isEmpty();
    }
  }
}
