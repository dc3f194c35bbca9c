package dev.importhealth.core.structure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.importhealth.core.api.CheckerRule;
import dev.importhealth.core.api.FileContext;
import dev.importhealth.core.api.FileRule;
import dev.importhealth.core.api.Severity;
import dev.importhealth.core.engine.CheckRequest;
import dev.importhealth.core.engine.Engine;
import dev.importhealth.core.index.TypeKind;
import dev.importhealth.core.index.TypeRef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Views of source types as reflection would show them once compiled, asked through a rule's context. */
class StructuresTest {

  @TempDir Path project;

  @Test
  void sourceTypesShowModifiersImplicitMembersAndResolvedTypes() throws Exception {
    write("src/com/acme/Shapes.java", """
        package com.acme;

        import java.util.List;

        public interface Shapes {
          int SIDES = 4;
          List<String> names();
          static Shapes none() { return null; }
          default int count(String... names) { return names.length; }
          enum Kind { SQUARE, CIRCLE; static final Kind DEFAULT = SQUARE; }
          class Box<T> {
            private T value;
            protected T[] values(T first, int[] more) { return null; }
          }
        }
        """);
    inspect(structures -> {
      TypeView shapes = structures.type("com.acme.Shapes").orElseThrow();
      assertThat(shapes.kind()).isEqualTo(TypeKind.INTERFACE);
      assertThat(shapes.isAbstract()).isTrue();
      assertThat(shapes.superclass()).isEmpty();
      assertThat(shapes.fields()).singleElement().satisfies(f -> {
        assertThat(f.isStatic()).isTrue();
        assertThat(f.visibility()).isEqualTo(Visibility.PUBLIC);
        assertThat(f.type()).isEqualTo(new TypeRef.Primitive("int", 0));
      });
      MethodView names = method(shapes, "names");
      assertThat(names.isAbstract()).isTrue();
      assertThat(names.returnType()).isEqualTo(TypeRef.Named.of("java.util.List"));
      assertThat(names.returnTypeText()).isEqualTo("List<String>");
      assertThat(method(shapes, "none").isStatic()).isTrue();
      MethodView count = method(shapes, "count");
      assertThat(count.isDefault()).isTrue();
      assertThat(count.parameters()).singleElement().satisfies(p -> {
        assertThat(p.varargs()).isTrue();
        assertThat(p.type()).isEqualTo(new TypeRef.Named("java.lang.String", 1));
        assertThat(p.typeText()).isEqualTo("String...");
      });

      TypeView kind = structures.type("com.acme.Shapes$Kind").orElseThrow();
      assertThat(kind.superclass()).contains(TypeRef.Named.of("java.lang.Enum"));
      assertThat(kind.isStatic()).isTrue();
      assertThat(kind.fields()).extracting(FieldView::name, FieldView::enumConstant)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("DEFAULT", false),
              org.assertj.core.groups.Tuple.tuple("SQUARE", true),
              org.assertj.core.groups.Tuple.tuple("CIRCLE", true));

      TypeView box = structures.type("com.acme.Shapes$Box").orElseThrow();
      assertThat(box.visibility()).as("member types of interfaces are public").isEqualTo(Visibility.PUBLIC);
      assertThat(box.superclass()).contains(TypeRef.Named.of("java.lang.Object"));
      assertThat(method(box, "<init>").visibility()).as("the default constructor").isEqualTo(Visibility.PUBLIC);
      MethodView values = method(box, "values");
      assertThat(values.visibility()).isEqualTo(Visibility.PROTECTED);
      assertThat(values.returnType()).isEqualTo(new TypeRef.TypeVariable("T", 1));
      assertThat(values.parameters()).extracting(ParameterView::type)
          .containsExactly(new TypeRef.TypeVariable("T", 0), new TypeRef.Primitive("int", 1));
      assertThat(box.fields()).singleElement().extracting(FieldView::visibility).isEqualTo(Visibility.PRIVATE);
    });
  }

  @Test
  void annotationValuesAreEvaluatedOnlyWhenCertain() throws Exception {
    write("src/com/acme/Tag.java", """
        package com.acme;

        import java.lang.annotation.*;

        @Retention(RetentionPolicy.RUNTIME)
        @Inherited
        public @interface Tag {
          String[] value() default {};
          Class<?> type() default Object.class;
          java.util.concurrent.TimeUnit unit() default java.util.concurrent.TimeUnit.SECONDS;
          Marker marker() default @Marker;
          int count() default 0;
        }
        """);
    write("src/com/acme/Marker.java", """
        package com.acme;

        public @interface Marker { String value() default ""; }
        """);
    write("src/com/acme/Tagged.java", """
        package com.acme;

        import java.util.concurrent.TimeUnit;

        class Tagged {
          static final String NAME = "name";

          @Tag(value = {"a", "b" + "c"}, type = String[].class, unit = TimeUnit.DAYS, marker = @Marker("m"), count = -0)
          void all() {}

          @Tag(NAME)
          void constant() {}

          @Tag("single")
          void single() {}
        }
        """);
    inspect(structures -> {
      TypeView tagged = structures.type("com.acme.Tagged").orElseThrow();
      AnnotationUse all = method(tagged, "all").annotations().get(0);
      assertThat(all.typeName()).isEqualTo("com.acme.Tag");
      assertThat(all.value("value").orElseThrow().strings()).contains(List.of("a", "bc"));
      assertThat(all.value("type")).contains(new AnnotationValue.ClassLiteral("java.lang.String[]"));
      assertThat(all.value("unit")).contains(new AnnotationValue.EnumConstant("java.util.concurrent.TimeUnit", "DAYS"));
      assertThat(all.value("marker").orElseThrow()).isInstanceOfSatisfying(AnnotationValue.Nested.class,
          nested -> assertThat(nested.annotation().value("value")).contains(new AnnotationValue.Constant("m")));
      assertThat(all.value("count")).as("unary minus is not evaluated").containsInstanceOf(AnnotationValue.Unknown.class);
      assertThat(method(tagged, "constant").annotations().get(0).value("value").orElseThrow())
          .as("a constant variable is not evaluated").isInstanceOf(AnnotationValue.Unknown.class);
      assertThat(method(tagged, "single").annotations().get(0).value("value").orElseThrow().strings())
          .as("a single value stands for a one-element array").contains(List.of("single"));

      AnnotationUse tag = method(tagged, "all").annotations().get(0);
      assertThat(structures.metaAnnotations(tag)).hasValueSatisfying(meta ->
          assertThat(meta).extracting(AnnotationUse::typeName)
              .containsExactly("java.lang.annotation.Retention", "java.lang.annotation.Inherited"));
    });
  }

  @Test
  void withoutAClasspathFrameworkNamesComeFromTheImports() throws Exception {
    write("src/com/acme/FooTest.java", """
        package com.acme;

        import org.junit.jupiter.api.Test;
        import org.junit.jupiter.params.provider.EnumSource;
        import static org.junit.jupiter.params.provider.EnumSource.Mode.EXCLUDE;

        class FooTest {
          @Test
          @EnumSource(mode = EnumSource.Mode.INCLUDE, names = "A")
          void qualified(org.junit.jupiter.api.TestInfo info) {}

          @EnumSource(mode = EXCLUDE)
          void imported() {}
        }
        """);
    inspect(structures -> {
      TypeView test = structures.type("com.acme.FooTest").orElseThrow();
      MethodView qualified = method(test, "qualified");
      assertThat(qualified.annotations()).extracting(AnnotationUse::typeName)
          .containsExactly("org.junit.jupiter.api.Test", "org.junit.jupiter.params.provider.EnumSource");
      assertThat(qualified.annotations().get(1).value("mode")).contains(
          new AnnotationValue.EnumConstant("org.junit.jupiter.params.provider.EnumSource$Mode", "INCLUDE"));
      assertThat(qualified.parameters().get(0).type()).isEqualTo(TypeRef.Named.of("org.junit.jupiter.api.TestInfo"));
      assertThat(method(test, "imported").annotations().get(0).value("mode")).contains(
          new AnnotationValue.EnumConstant("org.junit.jupiter.params.provider.EnumSource$Mode", "EXCLUDE"));
      assertThat(structures.metaAnnotations(qualified.annotations().get(0)))
          .as("an annotation whose class file is not available has unknown meta-annotations").isEmpty();
    });
  }

  @Test
  void subtypesAreFoundTransitivelyAndResourcesInResourceRootsAndJars() throws Exception {
    write("pom.xml", """
        <project><modelVersion>4.0.0</modelVersion><groupId>g</groupId><artifactId>a</artifactId><version>1</version></project>
        """);
    write("src/test/java/com/acme/Base.java", "package com.acme;\nabstract class Base {}\n");
    write("src/test/java/com/acme/Middle.java", "package com.acme;\nabstract class Middle extends Base {}\n");
    write("src/test/java/com/acme/Leaf.java", "package com.acme;\nclass Leaf extends Middle implements Runnable { public void run() {} }\n");
    write("src/test/resources/com/acme/data.csv", "a,b\n");
    inspect(structures -> {
      assertThat(structures.sourceSubtypes("com.acme.Base")).extracting(TypeView::binaryName)
          .containsExactlyInAnyOrder("com.acme.Middle", "com.acme.Leaf");
      assertThat(structures.sourceSubtypes("java.lang.Runnable")).extracting(TypeView::binaryName)
          .containsExactly("com.acme.Leaf");
      assertThat(structures.resourceExists("com/acme/data.csv")).isTrue();
      assertThat(structures.resourceExists("/com/acme/data.csv")).isTrue();
      assertThat(structures.resourceExists("com/acme/other.csv")).isFalse();
      assertThat(structures.resourceExists("org/junit/platform/commons/annotation/Testable.class"))
          .as("a jar on the classpath").isTrue();
      assertThat(structures.type("java.lang.Runnable")).hasValueSatisfying(view -> {
        assertThat(view.isFromSource()).isFalse();
        assertThat(view.annotations()).extracting(AnnotationUse::typeName).contains("java.lang.FunctionalInterface");
      });
    }, List.of(jarOf("org.junit.platform.commons.annotation.Testable")));
  }

  private static Path jarOf(String className) throws Exception {
    return Path.of(Class.forName(className).getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  private static MethodView method(TypeView type, String name) {
    return type.methods().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
  }

  private void write(String path, String text) throws IOException {
    Path file = project.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private void inspect(Consumer<Structures> assertions) throws Exception {
    inspect(assertions, List.of());
  }

  /** Runs the assertions inside a rule, once, while the run's class library is open. */
  private void inspect(Consumer<Structures> assertions, List<Path> classpath) throws Exception {
    AtomicReference<Throwable> failure = new AtomicReference<>();
    AtomicBoolean ran = new AtomicBoolean();
    FileRule probe = new Probe(assertions, ran, failure);
    new Engine(List.of(probe)).check(new CheckRequest(project, List.of(), Optional.empty(), classpath, 1));
    assertThat(ran).as("the probe ran").isTrue();
    if (failure.get() instanceof AssertionError error) {
      throw error;
    }
    if (failure.get() != null) {
      throw new AssertionError(failure.get());
    }
  }

  @CheckerRule(id = "IH999", name = "probe", severity = Severity.NOTE, summary = "probe", help = "probe")
  private record Probe(Consumer<Structures> assertions, AtomicBoolean ran, AtomicReference<Throwable> failure)
      implements FileRule {
    @Override
    public void check(FileContext context) {
      if (ran.compareAndSet(false, true)) {
        try {
          assertions.accept(context.structures());
        } catch (Throwable t) {
          failure.set(t);
        }
      }
    }
  }
}
