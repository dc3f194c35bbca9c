package dev.importhealth.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.importhealth.rules.testing.RuleTester;
import org.junit.jupiter.api.Test;

class FactoryNotStaticTest {

  private static final String POM = """
      <project><modelVersion>4.0.0</modelVersion><groupId>a</groupId><artifactId>b</artifactId>
        <version>1</version></project>
      """;

  private static final String INSTANCE_FACTORY = """
      package com.acme;

      import java.util.List;
      import java.util.stream.Stream;
      import org.junit.jupiter.params.ParameterizedTest;
      import org.junit.jupiter.params.provider.FieldSource;
      import org.junit.jupiter.params.provider.MethodSource;

      class RateTest {
        Stream<String> rates() { return Stream.of("1"); }
        static Stream<String> staticRates() { return Stream.of("1"); }
        List<String> rateList = List.of("1");

        @ParameterizedTest
        // FINDING: @MethodSource("rates") uses the non-static factory method 'rates()' of com.acme.RateTest, and JUnit creates a new test instance for each test method (the PER_METHOD lifecycle) of com.acme.RateTest, so none exists yet when the arguments are read: at run time JUnit fails with "Method 'Stream<String> com.acme.RateTest.rates()' must be static: local factory methods must be static unless the PER_CLASS @TestInstance lifecycle mode is used; external factory methods must always be static.". Declare it static, or annotate the test class with @TestInstance(TestInstance.Lifecycle.PER_CLASS).
        @MethodSource("rates")
        void a(String rate) {}

        @ParameterizedTest
        @MethodSource("staticRates")
        void b(String rate) {}

        @ParameterizedTest
        // FINDING: "Field 'List<String> com.acme.RateTest.rateList' must be static: local @FieldSource fields must be static
        @FieldSource("rateList")
        void c(String rate) {}
      }
      """;

  @Test
  void flagsInstanceFactoriesUnderTheDefaultLifecycle() {
    RuleTester.of(new FactoryNotStatic()).withTestFrameworks()
        .addSource("com/acme/RateTest.java", INSTANCE_FACTORY).expectFindingsAsMarked();
  }

  @Test
  void flagsInstanceFactoriesWithoutAnyClasspath() {
    RuleTester.of(new FactoryNotStatic()).addSource("com/acme/RateTest.java", INSTANCE_FACTORY).expectFindingsAsMarked();
  }

  @Test
  void flagsInstanceFactoriesInAMavenProjectWithoutLifecycleConfiguration() {
    RuleTester.of(new FactoryNotStatic()).withTestFrameworks().addFile("pom.xml", POM)
        .addSource("test/java/com/acme/RateTest.java", INSTANCE_FACTORY).expectFindingsAsMarked();
  }

  @Test
  void acceptsInstanceFactoriesUnderPerClassFromTheAnnotation() {
    RuleTester.of(new FactoryNotStatic()).withTestFrameworks()
        .addSource("com/acme/RateTest.java", """
            package com.acme;
            import java.util.stream.Stream;
            import org.junit.jupiter.api.TestInstance;
            import org.junit.jupiter.params.ParameterizedTest;
            import org.junit.jupiter.params.provider.MethodSource;
            @TestInstance(TestInstance.Lifecycle.PER_CLASS)
            class RateTest {
              Stream<String> rates() { return Stream.of("1"); }
              @ParameterizedTest
              @MethodSource("rates")
              void a(String rate) {}
            }
            """)
        .expectNoFindings();
  }

  @Test
  void acceptsInstanceFactoriesUnderPerClassFromJunitPlatformProperties() {
    RuleTester.of(new FactoryNotStatic()).withTestFrameworks()
        .addFile("pom.xml", POM)
        .addFile("src/test/resources/junit-platform.properties", "junit.jupiter.testinstance.lifecycle.default = per_class\n")
        .addSource("test/java/com/acme/RateTest.java", INSTANCE_FACTORY.replace("// FINDING", "// was"))
        .expectNoFindings();
  }

  @Test
  void flagsExternalInstanceFactoriesEvenUnderPerClass() {
    RuleTester.of(new FactoryNotStatic()).withTestFrameworks()
        .addSource("com/acme/data/Factories.java", """
            package com.acme.data;
            import java.util.stream.Stream;
            public class Factories {
              public Stream<String> names() { return Stream.of("a"); }
            }
            """)
        .addSource("com/acme/OuterTest.java", """
            package com.acme;
            import java.util.stream.Stream;
            import org.junit.jupiter.api.Nested;
            import org.junit.jupiter.api.TestInstance;
            import org.junit.jupiter.params.ParameterizedTest;
            import org.junit.jupiter.params.provider.MethodSource;
            @TestInstance(TestInstance.Lifecycle.PER_CLASS)
            class OuterTest {
              Stream<String> outerData() { return Stream.of("a"); }

              @ParameterizedTest
              // FINDING: @MethodSource("com.acme.data.Factories#names") uses the non-static factory method 'names()' of com.acme.data.Factories, and com.acme.data.Factories is not the class the test runs in, nor one of its supertypes, so JUnit never has an instance of it
              @MethodSource("com.acme.data.Factories#names")
              void external(String s) {}

              @ParameterizedTest
              @MethodSource("com.acme.OuterTest#outerData")
              void ownClassByName(String s) {}

              @Nested
              @TestInstance(TestInstance.Lifecycle.PER_CLASS)
              class Inner {
                @ParameterizedTest
                // FINDING: the non-static factory method 'outerData()' of com.acme.OuterTest, and com.acme.OuterTest is not the class the test runs in
                @MethodSource("com.acme.OuterTest#outerData")
                void fromOuter(String s) {}
              }
            }
            """)
        .expectFindingsAsMarked();
  }

  @Test
  void staysSilentWhenTheLifecycleIsUnknown() {
    RuleTester.of(new FactoryNotStatic()).withTestFrameworks()
        .addFile("build.gradle", "test { useJUnitPlatform() }\n")
        .addSource("main/java/com/acme/Placeholder.java", "package com.acme;\nclass Placeholder {}\n")
        .addSource("test/java/com/acme/RateTest.java", INSTANCE_FACTORY.replace("// FINDING", "// was"))
        .expectNoFindings()
        .notices().stream().filter(n -> n.ruleId().equals("IH902")).findFirst()
        .ifPresentOrElse(
            notice -> assertThat(notice.message()).as("the silence is explained")
                .contains("not judged because the build's JUnit configuration (the test instance lifecycle)"),
            () -> fail("no IH902 notice says why the factory was not judged"));
  }

  @Test
  void checksInheritedTestsInEachSubclassLifecycle() {
    RuleTester.of(new FactoryNotStatic()).withTestFrameworks()
        .addSource("com/acme/ContractTest.java", """
            package com.acme;
            import java.util.List;
            import org.junit.jupiter.params.ParameterizedTest;
            import org.junit.jupiter.params.provider.MethodSource;
            abstract class ContractTest {
              List<String> inputs() { return List.of("a"); }
              @ParameterizedTest
              // FINDING: (the PER_METHOD lifecycle) of com.acme.PerMethodTest, a class this test of com.acme.ContractTest runs in, so none
              @MethodSource("inputs")
              void accepts(String input) {}
            }
            """)
        .addSource("com/acme/PerClassTest.java", """
            package com.acme;
            import org.junit.jupiter.api.TestInstance;
            @TestInstance(TestInstance.Lifecycle.PER_CLASS)
            class PerClassTest extends ContractTest {}
            """)
        .addSource("com/acme/PerMethodTest.java", """
            package com.acme;
            class PerMethodTest extends ContractTest {}
            """)
        .expectFindingsAsMarked();
  }
}
