package dev.importhealth.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.importhealth.core.engine.AnalysisResult;
import dev.importhealth.rules.testing.RuleTester;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class NoParameterResolverTest {

  /** Runs the same sources with the frameworks' jars and without any classpath. */
  private static void bothWays(UnaryOperator<RuleTester> sources) {
    sources.apply(RuleTester.of(new NoParameterResolver()).withTestFrameworks()).expectFindingsAsMarked();
    sources.apply(RuleTester.of(new NoParameterResolver())).expectFindingsAsMarked();
  }

  @Test
  void flagsParametersNoBuiltInResolverSupports() {
    bothWays(tester -> tester.addSource("com/acme/FooTest.java", """
        package com.acme;

        import java.io.File;
        import java.nio.file.Path;
        import org.junit.jupiter.api.RepeatedTest;
        import org.junit.jupiter.api.RepetitionInfo;
        import org.junit.jupiter.api.Test;
        import org.junit.jupiter.api.TestInfo;
        import org.junit.jupiter.api.TestReporter;
        import org.junit.jupiter.api.io.TempDir;

        class FooTest {
          // FINDING: Parameter 's' of 't(String)' cannot be resolved: no registered ParameterResolver supports it; at run time JUnit fails with "No ParameterResolver registered for parameter [java.lang.String s] in method [void com.acme.FooTest.t(java.lang.String)]." Register an extension
          @Test void t(String s) {}

          @Test void builtIns(TestInfo info, TestReporter reporter, @TempDir Path dir, @TempDir File file) {}

          @RepeatedTest(3) void repeated(RepetitionInfo repetition, TestInfo info) {}

          // FINDING: RepetitionInfo is available only in @RepeatedTest methods
          @Test public void notRepeated(RepetitionInfo repetition) {}

          // FINDING: "Failed to resolve parameter [java.lang.String dir] in method [void com.acme.FooTest.wrongTempDir(java.lang.String)]: Can only resolve @TempDir parameter of type java.nio.file.Path or java.io.File but was: java.lang.String"
          @Test void wrongTempDir(@TempDir String dir) {}

          void helper(String notATest) {}
        }
        """));
  }

  @Test
  void judgesLifecycleMethodsAndConstructors() {
    bothWays(tester -> tester.addSource("com/acme/LifecycleTest.java", """
        package com.acme;

        import org.junit.jupiter.api.AfterAll;
        import org.junit.jupiter.api.BeforeEach;
        import org.junit.jupiter.api.Test;
        import org.junit.jupiter.api.TestInfo;

        class LifecycleTest {
          // FINDING: "No ParameterResolver registered for parameter [int size] in constructor [com.acme.LifecycleTest(int)]."
          LifecycleTest(int size) {}

          // FINDING: in method [void com.acme.LifecycleTest.setUp(com.acme.LifecycleTest$Config,org.junit.jupiter.api.TestInfo)]
          @BeforeEach void setUp(Config config, TestInfo info) {}

          // FINDING: in method [static void com.acme.LifecycleTest.done(java.util.List<java.lang.String>)]
          @AfterAll static void done(java.util.List<String> names) {}

          @Test void t() {}

          static class Config {}
        }
        """));
  }

  @Test
  void flagsParameterizedArgumentsBeyondTheSourceAndInLifecycleMethods() {
    bothWays(tester -> tester.addSource("com/acme/ParamTest.java", """
        package com.acme;

        import org.junit.jupiter.api.BeforeEach;
        import org.junit.jupiter.api.TestInfo;
        import org.junit.jupiter.params.ParameterizedTest;
        import org.junit.jupiter.params.provider.MethodSource;
        import org.junit.jupiter.params.provider.ValueSource;

        class ParamTest {
          // FINDING: The arguments of a @ParameterizedTest are never passed to lifecycle methods
          @BeforeEach void setUp(String word) {}

          @ParameterizedTest
          @ValueSource(strings = {"a", "b"})
          void one(String word, TestInfo info) {}

          @ParameterizedTest
          @ValueSource(strings = {"a", "b"})
          // FINDING: Parameter 'expected' of 'two(String, String)'
          void two(String word, String expected) {}

          @ParameterizedTest
          @MethodSource("pairs")
          void unknownArity(String word, String expected) {}

          static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> pairs() { return null; }
        }
        """));
  }

  @Test
  void modelsMockitoExtension() {
    bothWays(tester -> tester
        .addSource("com/acme/Service.java", "package com.acme;\npublic interface Service {}\n")
        .addSource("com/acme/WithMockitoTest.java", """
            package com.acme;

            import org.junit.jupiter.api.Test;
            import org.junit.jupiter.api.extension.ExtendWith;
            import org.mockito.Mock;
            import org.mockito.junit.jupiter.MockitoExtension;

            @ExtendWith(MockitoExtension.class)
            class WithMockitoTest {
              @Test void t(@Mock Service service) {}

              // FINDING: Parameter 'service' of 'unannotated(Service)'
              @Test void unannotated(Service service) {}
            }
            """)
        .addSource("com/acme/WithoutMockitoTest.java", """
            package com.acme;

            import org.junit.jupiter.api.Test;
            import org.mockito.Mock;

            class WithoutMockitoTest {
              // FINDING: @Mock and @Captor parameters are resolved by MockitoExtension: add @ExtendWith(MockitoExtension.class)
              @Test void t(@Mock Service service) {}
            }
            """));
  }

  @Test
  void modelsSpringExtensionForTestMethods() {
    bothWays(tester -> tester
        .addSource("com/acme/Service.java", "package com.acme;\npublic class Service {}\n")
        .addSource("com/acme/SpringTest.java", """
            package com.acme;

            import org.junit.jupiter.api.Test;
            import org.junit.jupiter.api.extension.ExtendWith;
            import org.springframework.beans.factory.annotation.Autowired;
            import org.springframework.beans.factory.annotation.Value;
            import org.springframework.context.ApplicationContext;
            import org.springframework.test.context.junit.jupiter.SpringExtension;

            @ExtendWith(SpringExtension.class)
            class SpringTest {
              SpringTest(Service anyConstructorMayBeAutowired) {}

              @Test void injected(@Autowired Service service, @Value("${port}") int port, ApplicationContext context) {}

              // FINDING: SpringExtension injects only parameters annotated @Autowired, @Qualifier or @Value, and the ApplicationContext: add @Autowired.
              @Test void plain(Service service) {}
            }
            """));
  }

  @Test
  void followsComposedAnnotationsNestedClassesAndRegisteredFields() {
    bothWays(tester -> tester
        .addSource("com/acme/Clock.java", "package com.acme;\npublic class Clock {}\n")
        .addSource("com/acme/ClockResolver.java", """
            package com.acme;

            import org.junit.jupiter.api.extension.ExtensionContext;
            import org.junit.jupiter.api.extension.ParameterContext;
            import org.junit.jupiter.api.extension.ParameterResolver;

            public class ClockResolver implements ParameterResolver {
              @Override public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext context) {
                return parameterContext.getParameter().getType() == Clock.class;
              }
              @Override public Object resolveParameter(ParameterContext parameterContext, ExtensionContext context) {
                return new Clock();
              }
            }
            """)
        .addSource("com/acme/WithClock.java", """
            package com.acme;

            import java.lang.annotation.*;
            import org.junit.jupiter.api.extension.ExtendWith;

            @Retention(RetentionPolicy.RUNTIME)
            @Target(ElementType.TYPE)
            @ExtendWith(ClockResolver.class)
            public @interface WithClock {}
            """)
        .addSource("com/acme/ComposedTest.java", """
            package com.acme;

            import org.junit.jupiter.api.Nested;
            import org.junit.jupiter.api.Test;

            @WithClock
            class ComposedTest {
              @Test void t(Clock clock) {}

              // FINDING: "No ParameterResolver registered for parameter [java.lang.String zone] in method [void com.acme.ComposedTest.other(java.lang.String)]."
              @Test void other(String zone) {}

              @Nested
              class Inner {
                @Test void inherited(Clock clock) {}

                // FINDING: in method [void com.acme.ComposedTest$Inner.t(int)]
                @Test void t(int count) {}
              }
            }
            """)
        .addSource("com/acme/RegisteredTest.java", """
            package com.acme;

            import org.junit.jupiter.api.Test;
            import org.junit.jupiter.api.extension.RegisterExtension;

            class RegisteredTest {
              @RegisterExtension
              static ClockResolver clocks = new ClockResolver();

              @Test void t(Clock clock) {}

              // FINDING: Parameter 'name' of 'other(String)'
              @Test void other(String name) {}
            }
            """));
  }

  @Test
  void staysSilentWhenAnyRegisteredResolverIsNotModelled() {
    bothWays(tester -> tester
        .addSource("com/acme/AnythingResolver.java", """
            package com.acme;

            import org.junit.jupiter.api.extension.*;

            public class AnythingResolver implements ParameterResolver {
              @Override public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext context) {
                String name = parameterContext.getParameter().getName();
                return name.startsWith("injected");
              }
              @Override public Object resolveParameter(ParameterContext parameterContext, ExtensionContext context) {
                return "";
              }
            }
            """)
        .addSource("com/acme/SilentTest.java", """
            package com.acme;

            import org.junit.jupiter.api.Disabled;
            import org.junit.jupiter.api.Test;
            import org.junit.jupiter.api.extension.ExtendWith;
            import org.junit.jupiter.api.extension.RegisterExtension;
            import org.junit.jupiter.api.extension.Extension;
            import org.mockito.junit.jupiter.MockitoSettings;

            class SilentTest {
              @Test @ExtendWith(AnythingResolver.class) void complex(String injectedName) {}

              @Test @ExtendWith(com.example.external.UnknownExtension.class) void unknown(String s) {}

              @Test @Disabled void disabled(String s) {}

              @Test private void notATest(String s) {}

              @Test String notVoid(String s) { return s; }

              @Test void customAnnotation(@com.example.external.Injected String s) {}
            }

            @MockitoSettings
            class MockitoSettingsTest {
              @Test void t(@org.mockito.Mock Runnable r) {}
            }

            class FieldRegisteredTest {
              @RegisterExtension
              static Extension extension = new AnythingResolver();

              @Test void t(String s) {}
            }

            @org.junit.runner.RunWith(org.junit.runners.JUnit4.class)
            class OtherEngineTest {
              @Test void t(String s) {}
            }
            """));
  }

  private static final String BOOT_TEST = """
      package com.acme;

      import org.junit.jupiter.api.Test;
      import org.springframework.beans.factory.annotation.Autowired;
      import org.springframework.boot.test.context.SpringBootTest;
      import org.springframework.context.ApplicationContext;

      @SpringBootTest
      class BootTest {
        // FINDING: SpringExtension injects only parameters annotated @Autowired, @Qualifier or @Value, and the ApplicationContext: add @Autowired.
        @Test void t(String s) {}

        @Test void injected(@Autowired String s, ApplicationContext context) {}
      }
      """;

  @Test
  void readsTheExtensionsOfComposedFrameworkAnnotationsFromTheJars() {
    // @SpringBootTest carries @ExtendWith(SpringExtension.class), as its class file says
    RuleTester.of(new NoParameterResolver()).withTestFrameworks()
        .addSource("com/acme/BootTest.java", BOOT_TEST).expectFindingsAsMarked();
  }

  @Test
  void staysSilentOnComposedFrameworkAnnotationsItCannotRead() {
    RuleTester.of(new NoParameterResolver()).addSource("com/acme/BootTest.java", BOOT_TEST).expectNoFindings();
  }

  private static final String POM = "<project><modelVersion>4.0.0</modelVersion><groupId>g</groupId>"
      + "<artifactId>a</artifactId><version>1</version></project>";

  @Test
  void explainsItsSilenceWhenTheBuildMayEnableAutodetection() {
    AnalysisResult result = RuleTester.of(new NoParameterResolver()).withTestFrameworks()
        .addFile("build.gradle", "test { useJUnitPlatform() }\n")
        .addSource("test/java/com/acme/GreetingTest.java", """
            package com.acme;
            import org.junit.jupiter.api.Test;
            class GreetingTest {
              @Test void greets(String name) {}
              @Test void plain() {}
            }
            """)
        .expectNoFindings();
    assertThat(result.notices()).filteredOn(n -> n.ruleId().equals("IH902")).singleElement()
        .satisfies(n -> assertThat(n.message()).startsWith("1 test or factory was not judged because the build's "
            + "JUnit configuration (extension autodetection) could not be read for certain"));
  }

  @Test
  void staticMemberClassesSurefireExcludesNeverRun() {
    // commons-collections: suites nested in abstract tests take the outer test as an argument;
    // Surefire's default exclude **/*$* leaves them out, so JUnit never instantiates them
    RuleTester.of(new NoParameterResolver()).withTestFrameworks().addFile("pom.xml", POM)
        .addSource("test/java/com/acme/AbstractListTest.java", """
            package com.acme;

            import org.junit.jupiter.api.Test;

            public abstract class AbstractListTest {
              @Test void adds() {}

              public static class BulkTestSubList extends AbstractListTest {
                private final AbstractListTest outer;

                public BulkTestSubList(AbstractListTest outer) {
                  this.outer = outer;
                }
              }
            }
            """)
        .addSource("test/java/com/acme/SubListTest.java", """
            package com.acme;

            class SubListTest extends AbstractListTest {
              // FINDING: in constructor [com.acme.SubListTest(com.acme.AbstractListTest)]
              SubListTest(AbstractListTest outer) {}
            }
            """)
        .expectFindingsAsMarked();
  }

  @Test
  void readsSimpleProjectResolversAndNestedConstructors() {
    bothWays(tester -> tester
        .addSource("com/acme/Clock.java", "package com.acme;\npublic class Clock {}\n")
        .addSource("com/acme/SystemClock.java", "package com.acme;\npublic class SystemClock extends Clock {}\n")
        .addSource("com/acme/Fixture.java", """
            package com.acme;
            import java.lang.annotation.*;
            @Retention(RetentionPolicy.RUNTIME)
            public @interface Fixture {}
            """)
        .addSource("com/acme/Resolvers.java", """
            package com.acme;

            import org.junit.jupiter.api.extension.ExtensionContext;
            import org.junit.jupiter.api.extension.ParameterContext;
            import org.junit.jupiter.api.extension.ParameterResolver;

            public class Resolvers implements ParameterResolver {
              @Override public boolean supportsParameter(ParameterContext pc, ExtensionContext context) {
                return Clock.class.isAssignableFrom(pc.getParameter().getType()) || pc.isAnnotated(Fixture.class);
              }
              @Override public Object resolveParameter(ParameterContext pc, ExtensionContext context) { return null; }
            }
            """)
        .addSource("com/acme/OuterTest.java", """
            package com.acme;

            import org.junit.jupiter.api.Nested;
            import org.junit.jupiter.api.Test;
            import org.junit.jupiter.api.extension.ExtendWith;

            @ExtendWith(Resolvers.class)
            class OuterTest {
              @Test void t(SystemClock clock, @Fixture String name) {}

              // FINDING: Parameter 'size' of 'sized(int)'
              @Test void sized(int size) {}

              @Nested
              class Inner {
                // FINDING: "No ParameterResolver registered for parameter [java.lang.String name] in constructor [com.acme.OuterTest$Inner(com.acme.OuterTest,com.acme.Clock,java.lang.String)]."
                Inner(Clock clock, String name) {}

                @Test void t() {}
              }
            }
            """));
  }

  @Test
  void staysSilentWhereJupiterNeverResolvesTheParameters() {
    bothWays(tester -> tester.addSource("com/acme/QuietTest.java", """
        package com.acme;

        import org.junit.jupiter.api.AfterAll;
        import org.junit.jupiter.api.BeforeAll;
        import org.junit.jupiter.api.BeforeEach;
        import org.junit.jupiter.api.RepetitionInfo;
        import org.junit.jupiter.api.Test;
        import org.junit.jupiter.api.TestTemplate;
        import org.junit.jupiter.api.io.TempDir;

        class QuietTest {
          QuietTest(@TempDir java.nio.file.Path dir) {}

          @BeforeAll void notStaticSoInvalid(String s) {}

          @BeforeEach void repetition(RepetitionInfo info) {}

          @TestTemplate void template(String providedByAnInvocationContext) {}

          @Test void t() {}
        }

        class NoTests {
          NoTests(String s) {}

          @BeforeEach void setUp(String s) {}
        }

        class TwoConstructors {
          TwoConstructors() {}
          TwoConstructors(String s) {}

          @Test void t() {}
        }
        """));
  }

  @Test
  void staysSilentWhenAutodetectionMayRegisterResolvers() {
    String test = """
        package com.acme;
        class FooTest {
          // FINDING: Parameter 's' of 't(String)'
          @org.junit.jupiter.api.Test void t(String s) {}
        }
        """;
    RuleTester maven = RuleTester.of(new NoParameterResolver()).withTestFrameworks()
        .addFile("pom.xml", """
            <project><modelVersion>4.0.0</modelVersion><groupId>a</groupId><artifactId>b</artifactId>
              <version>1</version></project>
            """)
        .addSource("test/java/com/acme/FooTest.java", test);
    maven.expectFindingsAsMarked();
    maven.addFile("src/test/resources/junit-platform.properties", "junit.jupiter.extensions.autodetection.enabled=true\n")
        .expectNoFindings();
  }

  @Test
  void judgesInheritedTestsInEachConcreteSubclass() {
    bothWays(tester -> tester
        .addSource("com/acme/Base.java", """
            package com.acme;

            import org.junit.jupiter.api.Test;

            abstract class Base {
              // FINDING: Parameter 'value' of 't(Clock)'
              @Test void t(Clock value) {}
            }
            """)
        .addSource("com/acme/Clock.java", "package com.acme;\npublic class Clock {}\n")
        .addSource("com/acme/Concrete.java", "package com.acme;\nclass Concrete extends Base {}\n")
        .addSource("com/acme/OtherBase.java", """
            package com.acme;

            import org.junit.jupiter.api.Test;

            abstract class OtherBase {
              @Test void t(Clock value) {}
            }
            """));
  }
}
