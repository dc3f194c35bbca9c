package dev.importhealth.rules;

import dev.importhealth.rules.testing.RuleTester;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
          // FINDING: @MethodSource without a name looks for a factory method named like the test, 'alone', and cannot resolve it in com.acme.DefaultTest: at run time JUnit fails with "Could not find factory method [alone] in class [com.acme.DefaultTest]"
          @MethodSource
          void alone(String s) {}

          @ParameterizedTest
          // FINDING: Could not find factory method [aloneToo]
          @MethodSource(value = "")
          void aloneToo(String s) {}
        }
        """).expectFindingsAsMarked();
  }

  private static final String AMBIGUOUS_DEFAULT = """
      package com.acme;
      import java.util.stream.Stream;
      import org.junit.jupiter.api.Test;
      import org.junit.jupiter.api.TestInfo;
      import org.junit.jupiter.params.ParameterizedTest;
      import org.junit.jupiter.params.provider.MethodSource;
      class WordTest {
        static Stream<String> words() { return Stream.of("a"); }
        static Stream<String> words(TestInfo info) { return words(); }

        @ParameterizedTest
        %s
        @MethodSource
        void words(String w) {}

        @ParameterizedTest
        @MethodSource({"words", "words()", "words(org.junit.jupiter.api.TestInfo)"})
        void explicitNamesTryTheExactSignatureFirst(String w) {}

        static Stream<String> rows() { return Stream.of("a"); }
        static String rows(int count) { return "not a factory"; }
        @Test void rows(TestInfo info) {}

        @ParameterizedTest
        @MethodSource
        void rows(String r) {}
      }
      """;

  @Test
  void defaultNameGoesStraightToTheSimpleNameSearchSoTwoValidOverloadsAreAmbiguous() {
    withJars().addSource("com/acme/WordTest.java", AMBIGUOUS_DEFAULT.formatted("// FINDING: @MethodSource without a "
        + "name looks for a factory method named like the test, 'words', and cannot resolve it in com.acme.WordTest: "
        + "at run time JUnit fails with \"2 factory methods named [words] were found in class [com.acme.WordTest]: "
        + "[com.acme.WordTest.words(), com.acme.WordTest.words(TestInfo)]\". Rename all but one of them, or give the "
        + "name with its parameter list, e.g. @MethodSource(\"words()\") (JUnit 5.10+).")).expectFindingsAsMarked();
  }

  @Test
  void defaultNameAmbiguityNeedsAKnownVersion() {
    withoutClasspath().addSource("com/acme/WordTest.java", AMBIGUOUS_DEFAULT.formatted("")).expectFindingsAsMarked();
  }

  private static final String PARAMETER_LISTS = """
      package com.acme;
      import java.util.stream.Stream;
      import org.junit.jupiter.params.ParameterizedTest;
      import org.junit.jupiter.params.provider.MethodSource;
      class LetterTest extends LetterBase {
        static class Inner {}
        static char[] letters() { return new char[] {'x'}; }
        static Stream<String> named(String prefix, int[] sizes) { return Stream.of(prefix); }
        static Stream<Inner> nested(Inner inner) { return Stream.of(inner); }
        static <T> Stream<T> generic(T value) { return Stream.of(value); }
        static Object plain(int x) { return java.util.List.of(x); }

        @ParameterizedTest
        @MethodSource({"letters()", "named(java.lang.String, int[])", "named( java.lang.String ,[I)",
            "nested(com.acme.LetterTest$Inner)", "inherited(long)", "com.acme.LetterTest#letters()",
            "com.acme.Rows#rows(int)", "generic(java.lang.String)", "generic(java.lang.Object)"})
        void fine(Object o) {}

        @ParameterizedTest
        %s
        @MethodSource("letters(int)")
        void wrongList(char c) {}

        @ParameterizedTest
        %s
        @MethodSource("named(String, int[])")
        void simpleTypeName(String s) {}

        @ParameterizedTest
        %s
        @MethodSource("nested(com.acme.LetterTest.Inner)")
        void nestedWithDot(Object o) {}

        @ParameterizedTest
        %s
        @MethodSource("plain(int)")
        void invalidReturnType(int i) {}

        @ParameterizedTest
        %s
        @MethodSource("com.acme.Rows#rows(java.lang.String)")
        void externalWrongList(int i) {}

        @ParameterizedTest
        %s
        @MethodSource("toString()")
        void objectIsNotSearched(String s) {}
      }
      """;

  private static final String LETTER_BASE = """
      package com.acme;
      import java.util.stream.Stream;
      abstract class LetterBase {
        private static Stream<String> inherited(long seed) { return Stream.of("a"); }
      }
      """;

  private static final String ROWS = """
      package com.acme;
      import java.util.stream.IntStream;
      public class Rows {
        public static IntStream rows(int count) { return IntStream.range(0, count); }
      }
      """;

  @Test
  void explicitParameterListsNeedAnExactSignatureWithJUnit511() {
    withJars().addSource("com/acme/LetterBase.java", LETTER_BASE).addSource("com/acme/Rows.java", ROWS)
        .addSource("com/acme/LetterTest.java", PARAMETER_LISTS.formatted(
            "// FINDING: @MethodSource(\"letters(int)\") cannot be resolved in com.acme.LetterTest: at run time JUnit "
                + "fails with \"Could not find factory method [letters(int)] in class [com.acme.LetterTest]\". No "
                + "method there has exactly these parameter types; write the parameter list of an existing method, or "
                + "declare the factory. Did you mean 'letters()'?",
            "// FINDING: \"Failed to load parameter type [String] for method [named] in class [com.acme.LetterTest].\"."
                + " JUnit loads each parameter type by its fully qualified binary name (a primitive, 'java.lang.String',"
                + " 'com.acme.Outer$Inner', with '[]' for arrays). Did you mean 'java.lang.String'?",
            "// FINDING: \"Failed to load parameter type [com.acme.LetterTest.Inner] for method [nested] in class "
                + "[com.acme.LetterTest].\". A nested class needs its binary name, with '$': 'com.acme.LetterTest$Inner'.",
            "// FINDING: \"Could not find valid factory method [plain(int)] for test class [com.acme.LetterTest] but "
                + "found the following invalid candidate: Object com.acme.LetterTest.plain(int)\"",
            "// FINDING: \"Could not find factory method [rows(java.lang.String)] in class [com.acme.Rows]\". No method "
                + "there has exactly these parameter types; write the parameter list of an existing method, or declare "
                + "the factory. Did you mean 'rows(int)'?",
            "// FINDING: \"Could not find factory method [toString()] in class [com.acme.LetterTest]\""))
        .expectFindingsAsMarked();
  }

  @Test
  void explicitParameterListsAreNotJudgedWithoutAKnownVersion() {
    // JUnit 5.9.2 ignored the list when only one factory had the name, so no failure is certain
    withoutClasspath().addSource("com/acme/LetterBase.java", LETTER_BASE).addSource("com/acme/Rows.java", ROWS)
        .addSource("com/acme/LetterTest.java", PARAMETER_LISTS.formatted("", "", "", "", "", ""))
        .expectFindingsAsMarked();
  }

  @Test
  void beforeJUnit59ALocalNameWithAParameterListIsTakenWhole(@TempDir Path jars) throws IOException {
    Path frameworks = Path.of("target/test-frameworks");
    Files.copy(frameworks.resolve("junit-jupiter-params-5.11.4.jar"), jars.resolve("junit-jupiter-params-5.8.2.jar"));
    Files.copy(frameworks.resolve("junit-jupiter-api-5.11.4.jar"), jars.resolve("junit-jupiter-api-5.8.2.jar"));
    RuleTester.of(new MethodSourceNotFound())
        .withClasspath(jars.resolve("junit-jupiter-params-5.8.2.jar").toString())
        .withClasspath(jars.resolve("junit-jupiter-api-5.8.2.jar").toString())
        .addSource("com/acme/OldTest.java", """
            package com.acme;
            import java.util.stream.Stream;
            import org.junit.jupiter.params.ParameterizedTest;
            import org.junit.jupiter.params.provider.MethodSource;
            class OldTest {
              static Stream<String> words() { return Stream.of("a"); }

              @ParameterizedTest
              // FINDING: at run time JUnit fails with "Could not find method [words()] in class [com.acme.OldTest]". JUnit before 5.10 takes the whole text as a method name: drop the parameter list.
              @MethodSource("words()")
              void local(String w) {}

              @ParameterizedTest
              @MethodSource({"words", "com.acme.OldTest#words()"})
              void plainOrQualified(String w) {}
            }
            """)
        .expectFindingsAsMarked();
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
              @MethodSource({"org.unknown.Cases#all", "com.acme.data.Factories#names()"})
              void unknownPackageOrExactSignature(String s) {}
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

              static Stream<String> words() { return Stream.of("a"); }
            }

            class NoWordsTest {
              // FINDING: @MethodSource("words") cannot be resolved in com.acme.NoWordsTest
              @WordsTest.WordTest
              void lacksWords(String s) {}
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
