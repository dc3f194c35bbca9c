package dev.importhealth.rules;

import dev.importhealth.rules.testing.RuleTester;
import org.junit.jupiter.api.Test;

class MethodSourceNotFoundTest {

  private static RuleTester withJars() {
    return RuleTester.of(new MethodSourceNotFound()).withTestFrameworks();
  }

  private static RuleTester withoutClasspath() {
    return RuleTester.of(new MethodSourceNotFound());
  }

  private static final String MISSING_FACTORY = """
      package com.acme;

      import java.util.stream.Stream;
      import org.junit.jupiter.params.ParameterizedTest;
      import org.junit.jupiter.params.provider.MethodSource;

      class PriceTest {
        static Stream<String> priceCases() { return Stream.of("1"); }

        @ParameterizedTest
        // FINDING: @MethodSource("prices") cannot be resolved in com.acme.PriceTest: at run time JUnit fails with "Could not find factory method [prices] in class [com.acme.PriceTest]". Declare a static method 'prices()' returning a Stream, Iterable, Iterator or array there, or correct the name. Did you mean 'priceCases'?
        @MethodSource("prices")
        void parses(String price) {}

        @ParameterizedTest
        @MethodSource("priceCases")
        void parsesAgain(String price) {}
      }
      """;

  @Test
  void flagsMissingFactoryAndSuggestsCloseFactoryNames() {
    withJars().addSource("com/acme/PriceTest.java", MISSING_FACTORY).expectFindingsAsMarked();
  }

  @Test
  void flagsMissingFactoryWithoutAnyClasspath() {
    withoutClasspath().addSource("com/acme/PriceTest.java", MISSING_FACTORY).expectFindingsAsMarked();
  }

  @Test
  void findsFactoriesInSuperclassesAndInterfaces() {
    withJars()
        .addSource("com/acme/Base.java", """
            package com.acme;
            import java.util.List;
            abstract class Base {
              private static List<String> fromBase() { return List.of("a"); }
            }
            """)
        .addSource("com/acme/Cases.java", """
            package com.acme;
            import java.util.stream.Stream;
            interface Cases {
              static Stream<String> fromInterface() { return Stream.of("a"); }
              default String[] fromDefault() { return new String[] {"a"}; }
              Stream<String> abstractOne();
            }
            """)
        .addSource("com/acme/InheritingTest.java", """
            package com.acme;
            import java.util.stream.Stream;
            import org.junit.jupiter.params.ParameterizedTest;
            import org.junit.jupiter.params.provider.MethodSource;
            class InheritingTest extends Base implements Cases {
              public Stream<String> abstractOne() { return Stream.of(); }
              @ParameterizedTest
              @MethodSource({"fromBase", "fromInterface", "fromDefault", "abstractOne"})
              void test(String s) {}
            }
            """)
        .expectFindingsAsMarked();
  }

  @Test
  void flagsInvalidReturnTypesAndAmbiguousOverloadsWithJUnit511() {
    withJars().addSource("com/acme/ShapeTest.java", """
        package com.acme;
        import java.util.List;
        import java.util.Map;
        import java.util.stream.IntStream;
        import org.junit.jupiter.api.Test;
        import org.junit.jupiter.api.TestInfo;
        import org.junit.jupiter.api.TestReporter;
        import org.junit.jupiter.params.ParameterizedTest;
        import org.junit.jupiter.params.provider.MethodSource;
        class ShapeTest {
          static Object asObject() { return List.of(); }
          static Map<String, String> asMap() { return Map.of(); }
          static void nothing() {}
          @Test void aTest() {}
          static IntStream twice(TestInfo info) { return IntStream.of(1); }
          static IntStream twice(TestReporter reporter) { return IntStream.of(1); }
          static List<String> list() { return List.of(); }
          static int[] ints() { return new int[0]; }
          static Iterable<String> iterable() { return List.of(); }

          @ParameterizedTest
          // FINDING: Could not find valid factory method [asObject] in class [com.acme.ShapeTest] but found the following invalid candidates: [Object com.acme.ShapeTest.asObject()]
          @MethodSource("asObject")
          void a(Object o) {}

          @ParameterizedTest
          // FINDING: Could not find valid factory method [asMap]
          @MethodSource("asMap")
          void b(Object o) {}

          @ParameterizedTest
          // FINDING: Could not find valid factory method [nothing]
          @MethodSource("nothing")
          void c(Object o) {}

          @ParameterizedTest
          // FINDING: Could not find valid factory method [aTest]
          @MethodSource("aTest")
          void d(Object o) {}

          @ParameterizedTest
          // FINDING: 2 factory methods named [twice] were found in class [com.acme.ShapeTest]
          @MethodSource("twice")
          void e(int i) {}

          @ParameterizedTest
          @MethodSource({"list", "ints", "iterable"})
          void f(Object o) {}
        }
        """).expectFindingsAsMarked();
  }

  @Test
  void withoutAKnownVersionFlagsOnlyNamesNoMethodHas() {
    withoutClasspath().addSource("com/acme/ShapeTest.java", """
        package com.acme;
        import java.util.List;
        import org.junit.jupiter.params.ParameterizedTest;
        import org.junit.jupiter.params.provider.MethodSource;
        class ShapeTest {
          static Object asObject() { return List.of(); }
          static List<String> twice(int a) { return List.of(); }
          static List<String> twice(long a) { return List.of(); }

          @ParameterizedTest
          @MethodSource({"asObject", "twice"})
          void a(Object o) {}

          @ParameterizedTest
          // FINDING: Could not find factory method [gone]
          @MethodSource({"asObject", "gone"})
          void b(Object o) {}
        }
        """).expectFindingsAsMarked();
  }

  @Test
  void defaultNameNeedsAnOverloadBesideTheTest() {
    withJars().addSource("com/acme/DefaultTest.java", """
        package com.acme;
        import java.util.stream.Stream;
        import org.junit.jupiter.params.ParameterizedTest;
        import org.junit.jupiter.params.provider.MethodSource;
        class DefaultTest {
          static Stream<String> withOverload() { return Stream.of("a"); }

          @ParameterizedTest
          @MethodSource
          void withOverload(String s) {}

          @ParameterizedTest
          // FINDING: @MethodSource without a name looks for a factory method named like the test, 'alone', and finds none usable in com.acme.DefaultTest: at run time JUnit fails with "Could not find factory method [alone] in class [com.acme.DefaultTest]"
          @MethodSource
          void alone(String s) {}

          @ParameterizedTest
          // FINDING: Could not find factory method [aloneToo]
          @MethodSource(value = "")
          void aloneToo(String s) {}
        }
        """).expectFindingsAsMarked();
  }

  @Test
  void resolvesExternalFactoriesByBinaryName() {
    withJars()
        .addSource("com/acme/data/Factories.java", """
            package com.acme.data;
            import java.util.stream.Stream;
            public class Factories {
              public static Stream<String> names() { return Stream.of("a"); }
              public static class Inner {
                public static Stream<String> nested() { return Stream.of("a"); }
              }
            }
            """)
        .addSource("com/acme/ExternalTest.java", """
            package com.acme;
            import org.junit.jupiter.params.ParameterizedTest;
            import org.junit.jupiter.params.provider.MethodSource;
            class ExternalTest {
              @ParameterizedTest
              @MethodSource({"com.acme.data.Factories#names", "com.acme.data.Factories$Inner#nested"})
              void good(String s) {}

              @ParameterizedTest
              // FINDING: at run time JUnit fails with "Could not load class [com.acme.data.Factories.Inner]". A nested class needs its binary name, with '$': 'com.acme.data.Factories$Inner'.
              @MethodSource("com.acme.data.Factories.Inner#nested")
              void dotted(String s) {}

              @ParameterizedTest
              // FINDING: Could not find factory method [name] in class [com.acme.data.Factories]
              @MethodSource("com.acme.data.Factories#name")
              void typo(String s) {}

              @ParameterizedTest
              // FINDING: Could not load class [com.acme.data.Factory]
              @MethodSource("com.acme.data.Factory#names")
              void missingClass(String s) {}

              @ParameterizedTest
              // FINDING: [com.acme.data.Factories.names] is not a valid fully qualified method name
              @MethodSource("com.acme.data.Factories.names")
              void noHash(String s) {}

              @ParameterizedTest
              // FINDING: [#names] is not a valid fully qualified method name
              @MethodSource("#names")
              void hashFirst(String s) {}

              @ParameterizedTest
              @MethodSource({"org.unknown.Cases#all", "names(int)", "com.acme.data.Factories#names()"})
              void unknownPackageOrParameterListsAreNotJudged(String s) {}
            }
            """)
        .expectFindingsAsMarked();
  }

  @Test
  void checksInheritedTestsInEveryConcreteSubclass() {
    withJars()
        .addSource("com/acme/ContractTest.java", """
            package com.acme;
            import org.junit.jupiter.params.ParameterizedTest;
            import org.junit.jupiter.params.provider.MethodSource;
            abstract class ContractTest {
              @ParameterizedTest
              // FINDING: @MethodSource("inputs") cannot be resolved in com.acme.MissingInputsTest, a class this test of com.acme.ContractTest runs in: at run time JUnit fails with "Could not find factory method [inputs] in class [com.acme.MissingInputsTest]"
              @MethodSource("inputs")
              void accepts(String input) {}
            }
            """)
        .addSource("com/acme/ListContractTest.java", """
            package com.acme;
            import java.util.List;
            class ListContractTest extends ContractTest {
              static List<String> inputs() { return List.of("a"); }
            }
            """)
        .addSource("com/acme/MissingInputsTest.java", """
            package com.acme;
            class MissingInputsTest extends ContractTest {}
            """)
        .addSource("com/acme/orphan/OrphanBase.java", """
            package com.acme.orphan;
            import org.junit.jupiter.params.ParameterizedTest;
            import org.junit.jupiter.params.provider.MethodSource;
            public abstract class OrphanBase {
              @ParameterizedTest
              @MethodSource("inputs")
              void accepts(String input) {}
            }
            """)
        .expectFindingsAsMarked();
  }

  @Test
  void nestedClassesDoNotSearchTheEnclosingClass() {
    withJars().addSource("com/acme/OuterTest.java", """
        package com.acme;
        import java.util.stream.Stream;
        import org.junit.jupiter.api.Nested;
        import org.junit.jupiter.params.ParameterizedTest;
        import org.junit.jupiter.params.provider.MethodSource;
        class OuterTest {
          static Stream<String> outerData() { return Stream.of("a"); }

          @Nested
          class Inner {
            @ParameterizedTest
            // FINDING: Could not find factory method [outerData] in class [com.acme.OuterTest$Inner]
            @MethodSource("outerData")
            void local(String s) {}

            @ParameterizedTest
            @MethodSource("com.acme.OuterTest#outerData")
            void qualified(String s) {}
          }
        }
        """).expectFindingsAsMarked();
  }

  @Test
  void followsComposedAnnotations() {
    withJars()
        .addSource("com/acme/WordsTest.java", """
            package com.acme;
            import java.lang.annotation.Retention;
            import java.lang.annotation.RetentionPolicy;
            import java.util.stream.Stream;
            import org.junit.jupiter.params.ParameterizedTest;
            import org.junit.jupiter.params.provider.MethodSource;
            class WordsTest {
              @Retention(RetentionPolicy.RUNTIME)
              @ParameterizedTest
              @MethodSource("words")
              @interface WordTest {}

              @WordTest
              void hasWords(String s) {}

              static class NoWordsTest {
                // FINDING: @MethodSource("words") cannot be resolved in com.acme.WordsTest$NoWordsTest
                @WordTest
                void lacksWords(String s) {}
              }

              static Stream<String> words() { return Stream.of("a"); }
            }
            """)
        .expectFindingsAsMarked();
  }

  @Test
  void ignoresUnknownValuesDisabledTestsAndUnknownHierarchies() {
    withJars().addSource("com/acme/QuietTest.java", """
        package com.acme;
        import org.junit.jupiter.api.Disabled;
        import org.junit.jupiter.params.ParameterizedTest;
        import org.junit.jupiter.params.provider.MethodSource;
        class QuietTest extends org.unknown.Base {
          @ParameterizedTest
          @MethodSource("fromUnknownBase")
          void inherited(String s) {}
        }
        class Constants {
          static final String NAME = "gone";
        }
        class OtherTest {
          @ParameterizedTest
          @MethodSource(Constants.NAME)
          void constant(String s) {}

          @Disabled
          @ParameterizedTest
          @MethodSource("gone")
          void disabled(String s) {}

          @MethodSource("gone")
          void notATest(String s) {}
        }
        """).expectFindingsAsMarked();
  }
}
