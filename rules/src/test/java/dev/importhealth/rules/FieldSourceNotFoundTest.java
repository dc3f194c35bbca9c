package dev.importhealth.rules;

import dev.importhealth.rules.testing.RuleTester;
import org.junit.jupiter.api.Test;

class FieldSourceNotFoundTest {

  private static final String FIELDS = """
      package com.acme;

      import java.util.Iterator;
      import java.util.List;
      import java.util.function.Supplier;
      import java.util.stream.IntStream;
      import java.util.stream.Stream;
      import org.junit.jupiter.params.ParameterizedTest;
      import org.junit.jupiter.params.provider.FieldSource;

      class ColorTest {
        static final List<String> colors = List.of("red");
        static final Supplier<Stream<String>> colorStream = () -> Stream.of("red");
        static final Object anything = List.of("red");
        static final Stream<String> once = Stream.of("red");
        static final IntStream numbers = IntStream.of(1);
        static final Iterator<String> cursor = List.of("red").iterator();

        @ParameterizedTest
        // FINDING: @FieldSource("colours") cannot be used in com.acme.ColorTest: at run time JUnit fails with "Could not find field named [colours] in class [com.acme.ColorTest]". Declare a static field 'colours' there, or correct the name. Did you mean 'colors'?
        @FieldSource("colours")
        void a(String color) {}

        @ParameterizedTest
        @FieldSource({"colors", "colorStream", "anything"})
        void b(String color) {}

        @ParameterizedTest
        // FINDING: "The value of field [once] in class [com.acme.ColorTest] must not be a stream". A stream or Iterator can be read only once
        @FieldSource("once")
        void c(String color) {}

        @ParameterizedTest
        // FINDING: must not be a stream
        @FieldSource("numbers")
        void d(int n) {}

        @ParameterizedTest
        // FINDING: "The value of field [cursor] in class [com.acme.ColorTest] must not be an Iterator"
        @FieldSource("cursor")
        void e(String color) {}
      }
      """;

  @Test
  void flagsMissingFieldsAndStreamOrIteratorFields() {
    RuleTester.of(new FieldSourceNotFound()).withTestFrameworks()
        .addSource("com/acme/ColorTest.java", FIELDS).expectFindingsAsMarked();
  }

  @Test
  void flagsTheSameWithoutAnyClasspath() {
    RuleTester.of(new FieldSourceNotFound()).addSource("com/acme/ColorTest.java", FIELDS).expectFindingsAsMarked();
  }

  @Test
  void followsTheRuntimeLookup() {
    RuleTester.of(new FieldSourceNotFound()).withTestFrameworks()
        .addSource("com/acme/data/Palette.java", """
            package com.acme.data;
            import java.util.List;
            public class Palette {
              public static final List<String> WARM = List.of("red");
              public static class Dark {
                public static final List<String> SHADES = List.of("black");
              }
            }
            """)
        .addSource("com/acme/Base.java", """
            package com.acme;
            import java.util.List;
            abstract class Base {
              private static final List<String> inherited = List.of("a");
            }
            """)
        .addSource("com/acme/Shared.java", """
            package com.acme;
            import java.util.List;
            interface Shared {
              List<String> fromInterface = List.of("a");
            }
            """)
        .addSource("com/acme/PaletteTest.java", """
            package com.acme;
            import java.util.List;
            import org.junit.jupiter.api.Nested;
            import org.junit.jupiter.params.ParameterizedTest;
            import org.junit.jupiter.params.provider.FieldSource;
            class PaletteTest extends Base implements Shared {
              static final List<String> outer = List.of("a");
              static final List<String> byDefault = List.of("a");

              @ParameterizedTest
              @FieldSource({"inherited", "fromInterface", "com.acme.data.Palette#WARM", "com.acme.data.Palette$Dark#SHADES"})
              void found(String s) {}

              @ParameterizedTest
              @FieldSource
              void byDefault(String s) {}

              @ParameterizedTest
              // FINDING: @FieldSource without a name looks for a field named like the test, 'noField', and finds none usable in com.acme.PaletteTest: at run time JUnit fails with "Could not find field named [noField] in class [com.acme.PaletteTest]"
              @FieldSource
              void noField(String s) {}

              @ParameterizedTest
              // FINDING: "Could not load class [com.acme.data.Palette.Dark]"
              @FieldSource("com.acme.data.Palette.Dark#SHADES")
              void dotted(String s) {}

              @ParameterizedTest
              // FINDING: "[com.acme.data.Palette.WARM] is not a valid fully qualified field name: it must start with a fully qualified class name followed by a '#' and then the field name."
              @FieldSource("com.acme.data.Palette.WARM")
              void noHash(String s) {}

              @ParameterizedTest
              @FieldSource("org.unknown.Data#cases")
              void unknownPackage(String s) {}

              @Nested
              class Inner {
                @ParameterizedTest
                // FINDING: Could not find field named [outer] in class [com.acme.PaletteTest$Inner]
                @FieldSource("outer")
                void fromOuter(String s) {}
              }
            }
            """)
        .expectFindingsAsMarked();
  }
}
