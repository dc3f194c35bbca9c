package dev.importhealth.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.importhealth.rules.internal.fixtures.FrameworkVersion;
import dev.importhealth.rules.testing.RuleTester;
import org.junit.jupiter.api.Test;

class TestMethodIgnoredTest {

  private static final String TESTS = """
      package com.acme;

      import java.util.List;
      import java.util.stream.Stream;
      import org.junit.jupiter.api.DynamicTest;
      import org.junit.jupiter.api.Nested;
      import org.junit.jupiter.api.RepeatedTest;
      import org.junit.jupiter.api.TestFactory;
      import org.junit.jupiter.params.ParameterizedTest;
      import org.junit.jupiter.params.provider.ValueSource;

      class OrderTest {
        @org.junit.jupiter.api.Test
        // FINDING: @Test method 'hidden' is private: JUnit Jupiter never runs it, and no test fails (JUnit 5.13+ logs "@Test method '...' must not be private. It will not be executed."). Remove 'private'.
        private void hidden() {}

        @ParameterizedTest
        @ValueSource(ints = 1)
        // FINDING: @ParameterizedTest method 'shared' is static: JUnit Jupiter never runs it, and no test fails (JUnit 5.13+ logs "@TestTemplate method '...' must not be static
        static void shared(int value) {}

        @RepeatedTest(2)
        // FINDING: @RepeatedTest method 'twice' is private
        private void twice() {}

        @TestFactory
        // FINDING: @TestFactory method 'nothing' returns void: JUnit Jupiter never runs it, and no test fails (JUnit 5.13+ logs "@TestFactory method '...' must return a single DynamicNode
        void nothing() {}

        @TestFactory
        Stream<DynamicTest> dynamic() { return Stream.empty(); }

        @org.junit.jupiter.api.Test
        void runs() {}

        @org.junit.jupiter.api.Test
        protected void protectedRuns() {}

        // not a Jupiter test
        private static void helper() {}

        @org.junit.Test
        public static void junit4IsAnotherRule() {}

        // FINDING: Class 'Forgotten' has test methods but is an inner class without @Nested: JUnit Jupiter never runs them, and no test fails (JUnit 5.13+ logs "Test class 'com.acme.OrderTest$Forgotten' must not be an inner class unless annotated with @Nested. It will not be executed."). Annotate it with @Nested.
        class Forgotten {
          @org.junit.jupiter.api.Test
          void neverRuns() {}
        }

        @Nested
        class Remembered {
          @org.junit.jupiter.api.Test
          void runs() {}
        }

        static class StandaloneMayBeSelected {
          @org.junit.jupiter.api.Test
          void runsWhenTheBuildSelectsIt() {}
        }

        abstract class BaseOfNested {
          @org.junit.jupiter.api.Test
          void runsInTheSubclass() {}
        }

        @Nested
        class Concrete extends BaseOfNested {}

        class ExtendedElsewhere {
          @org.junit.jupiter.api.Test
          void mayRunInASubclass() {}
        }

        @Nested
        class Sub extends ExtendedElsewhere {}

        interface Contract {
          @org.junit.jupiter.api.Test
          default void inherited() {}

          class ImplicitlyStatic {
            @org.junit.jupiter.api.Test
            void runsWhenSelected() {}
          }
        }
      }
      """;

  @Test
  void flagsTestMethodsJupiterSkips() {
    RuleTester.of(new TestMethodIgnored()).withTestFrameworks()
        .addSource("com/acme/OrderTest.java", TESTS).expectFindingsAsMarked();
  }

  private static final String VALUE_RETURNING = """
      package com.acme;

      import org.junit.jupiter.api.Test;

      class ValueTest {
        @Test
        // FINDING: @Test method 'returnsValue' returns a value: JUnit Jupiter never runs it
        String returnsValue() { return ""; }
      }
      """;

  @Test
  void aValueReturningTestIsSkippedByTheJUnitOnTheClasspath() {
    // the frameworks' jars are JUnit 5.11, which skips it without a word
    RuleTester.of(new TestMethodIgnored()).withTestFrameworks()
        .addSource("com/acme/ValueTest.java", VALUE_RETURNING).expectFindingsAsMarked();
  }

  @Test
  void aValueReturningTestIsNotJudgedWhenTheVersionIsUnknown() {
    RuleTester.of(new TestMethodIgnored()).addSource("com/acme/ValueTest.java", VALUE_RETURNING).expectNoFindings();
  }

  @Test
  void flagsTheSameFromImportsAlone() {
    RuleTester.of(new TestMethodIgnored()).addSource("com/acme/OrderTest.java", TESTS).expectFindingsAsMarked();
  }

  @Test
  void ignoresMethodsWithAnnotationsItCannotRead() {
    RuleTester.of(new TestMethodIgnored()).withTestFrameworks()
        .addSource("com/acme/CustomTest.java", """
            package com.acme;

            import com.elsewhere.MyTest;

            class CustomTest {
              @MyTest
              private static void mayBeAnything() {}

              @org.junit.jupiter.api.TestFactory
              @MyTest
              void mayAlsoBeATest() {}
            }
            """)
        .expectNoFindings();
  }

  @Test
  void returnedValuesAreSkippedUpToJupiterSixZero() {
    assertThat(TestMethodIgnored.skipsValueReturningTests(new FrameworkVersion(5, 11))).isTrue();
    assertThat(TestMethodIgnored.skipsValueReturningTests(new FrameworkVersion(6, 0))).isTrue();
    assertThat(TestMethodIgnored.skipsValueReturningTests(new FrameworkVersion(6, 1))).isFalse();
  }
}
