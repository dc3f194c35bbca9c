package dev.importhealth.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.importhealth.rules.internal.fixtures.SurefirePatterns;
import dev.importhealth.rules.testing.RuleTester;
import org.junit.jupiter.api.Test;

class TestClassNotSelectedTest {

  private static String pom(String surefireConfiguration) {
    return """
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <groupId>com.acme</groupId>
          <artifactId>shop</artifactId>
          <version>1.0</version>
          <build>
            <plugins>
              <plugin>
                <artifactId>maven-surefire-plugin</artifactId>
                <version>3.5.2</version>
                %s
              </plugin>
            </plugins>
          </build>
        </project>
        """.formatted(surefireConfiguration);
  }

  private static final String CHECK = """
      package com.acme;
      import org.junit.jupiter.api.Test;
      // FINDING: Test class com.acme.PriceCheck has 2 tests that mvn test never runs: its name com/acme/PriceCheck.java matches none of the Surefire includes [**/Test*.java, **/*Test.java, **/*Tests.java, **/*TestCase.java]
      class PriceCheck {
        @Test void a() {}
        @org.junit.jupiter.params.ParameterizedTest void b() {}
        void helper() {}
      }
      """;

  private static final String SELECTED = """
      package com.acme;
      class %s {
        @org.junit.Test public void a() {}
        @org.testng.annotations.Test public void b() {}
      }
      """;

  private static RuleTester maven(String surefireConfiguration) {
    return RuleTester.of(new TestClassNotSelected()).withTestFrameworks().addFile("pom.xml", pom(surefireConfiguration));
  }

  private static final String INTEGRATION_TEST = """
      package com.acme;
      // FINDING: Test class com.acme.%1$s has 1 test that mvn test never runs
      class %1$s {
        @org.junit.jupiter.api.Test void a() {}
      }
      """;

  @Test
  void integrationTestNamesNeverRunWhenTheBuildHasNoFailsafe() {
    maven("").addSource("test/java/com/acme/PriceIT.java", INTEGRATION_TEST.formatted("PriceIT"))
        .addSource("test/java/com/acme/ITPrice.java", INTEGRATION_TEST.formatted("ITPrice"))
        .expectFindingsAsMarked();
  }

  @Test
  void failsafeInTheBuildRunsIntegrationTestNames() {
    String withFailsafe = pom("").replace("</plugins>", """
          <plugin>
            <artifactId>maven-failsafe-plugin</artifactId>
            <version>3.5.2</version>
            <executions><execution><goals><goal>integration-test</goal><goal>verify</goal></goals></execution></executions>
          </plugin>
        </plugins>""");
    RuleTester.of(new TestClassNotSelected()).withTestFrameworks().addFile("pom.xml", withFailsafe)
        .addSource("test/java/com/acme/PriceIT.java", SELECTED.formatted("PriceIT"))
        .addSource("test/java/com/acme/ITPrice.java", SELECTED.formatted("ITPrice"))
        .expectNoFindings();
  }

  @Test
  void failsafeOnlyManagedDoesNotRun() {
    // assertj's root pom manages Failsafe without running it: an IT-less misnamed class there never runs
    String managed = pom("").replace("<build>", """
        <build>
          <pluginManagement><plugins><plugin>
            <artifactId>maven-failsafe-plugin</artifactId><version>3.5.2</version>
          </plugin></plugins></pluginManagement>""");
    RuleTester.of(new TestClassNotSelected()).withTestFrameworks().addFile("pom.xml", managed)
        .addSource("test/java/com/acme/PriceCheck.java", CHECK)
        .expectFindingsAsMarked();
  }

  @Test
  void suggestsANameTheModulesOwnIncludesSelect() {
    // spring-data-commons includes only **/*Tests.java: "…UnitTest" classes there never run
    maven("<configuration><includes><include>**/*Tests.java</include></includes></configuration>")
        .addSource("test/java/com/acme/PagerUnitTest.java", """
            package com.acme;
            // FINDING: matches none of the Surefire includes [**/*Tests.java] nor the Failsafe ones. Rename it (e.g. to PagerUnitTestTests) or add an include for it.
            class PagerUnitTest { @org.junit.jupiter.api.Test void pages() {} }
            """)
        .expectFindingsAsMarked();
  }

  @Test
  void flagsTestClassesNoDefaultPatternSelects() {
    maven("").addSource("test/java/com/acme/PriceCheck.java", CHECK)
        .addSource("test/java/com/acme/PriceTest.java", SELECTED.formatted("PriceTest"))
        .addSource("test/java/com/acme/PriceTests.java", SELECTED.formatted("PriceTests"))
        .addSource("test/java/com/acme/TestPrice.java", SELECTED.formatted("TestPrice"))
        .addSource("test/java/com/acme/PriceSupport.java", """
            package com.acme;
            abstract class PriceSupport { @org.junit.jupiter.api.Test void inherited() {} }
            """)
        .addSource("test/java/com/acme/Fixtures.java", """
            package com.acme;
            class Fixtures { static String price() { return "1"; } }
            """)
        .addSource("main/java/com/acme/Main.java", """
            package com.acme;
            class Main { @org.junit.jupiter.api.Test void notATestRoot() {} }
            """)
        .expectFindingsAsMarked();
  }

  @Test
  void usesTheConfiguredIncludesAndRespectsExcludes() {
    maven("""
        <configuration>
          <includes><include>**/*Check.java</include><include>Spec*</include></includes>
          <excludes><exclude>**/Slow*.java</exclude></excludes>
        </configuration>
        """)
        .addSource("test/java/com/acme/PriceCheck.java", CHECK.lines().filter(l -> !l.contains("FINDING")).reduce("", (a, b) -> a + b + "\n"))
        .addSource("test/java/com/acme/SpecPrice.java", SELECTED.formatted("SpecPrice"))
        .addSource("test/java/com/acme/SlowPrice.java", SELECTED.formatted("SlowPrice"))
        .addSource("test/java/com/acme/PriceTest.java", """
            package com.acme;
            // FINDING: its name com/acme/PriceTest.java matches none of the Surefire includes [**/*Check.java, Spec*]
            class PriceTest { @org.junit.jupiter.api.Test void a() {} }
            """)
        .expectFindingsAsMarked();
  }

  /**
   * Surefire scans the compiled test classes: a second top-level class is selected by its own
   * name, and the package, not the source's directory, is the path the includes see (both found
   * by {@code SurefireSelectionOracleTest}: real Surefire ran HelpersTest and ElsewhereCheck).
   */
  @Test
  void matchesTheClassFilesPathNotTheSourceFiles() {
    maven("<configuration><includes><include>**/*Test.java</include><include>com/acme/rules/*Check</include></includes></configuration>")
        .addSource("test/java/com/acme/Helpers.java", """
            package com.acme;
            class Helpers { static int one() { return 1; } }
            class HelpersTest { @org.junit.jupiter.api.Test void one() {} }
            """)
        .addSource("test/java/com/acme/WidgetTest.java", """
            package com.acme;
            class WidgetTest { @org.junit.jupiter.api.Test void a() {} }
            // FINDING: Test class com.acme.WidgetCheck has 1 test that mvn test never runs: its name com/acme/WidgetCheck.java matches none
            class WidgetCheck { @org.junit.jupiter.api.Test void b() {} }
            """)
        .addSource("test/java/elsewhere/ElsewhereCheck.java", """
            package com.acme.rules;
            class ElsewhereCheck { @org.junit.jupiter.api.Test void a() {} }
            """)
        .addSource("test/java/com/acme/rules/MovedCheck.java", """
            package com.acme;
            // FINDING: its name com/acme/MovedCheck.java matches none of the Surefire includes [**/*Test.java, com/acme/rules/*Check]
            class MovedCheck { @org.junit.jupiter.api.Test void a() {} }
            """)
        .expectFindingsAsMarked();
  }

  @Test
  void staysSilentWhenSuitesOrUnreadableSelectionsMayRunTheClass() {
    maven("").addSource("test/java/com/acme/PriceCheck.java", CHECK.lines().filter(l -> !l.contains("FINDING")).reduce("", (a, b) -> a + b + "\n"))
        .addSource("test/java/com/acme/AllTests.java", """
            package com.acme;
            @org.junit.platform.suite.api.Suite
            @org.junit.platform.suite.api.SelectPackages("com.acme")
            class AllTests {}
            """)
        .expectNoFindings();
    maven("<configuration><includes><include>%regex[.*Check.*]</include></includes></configuration>")
        .addSource("test/java/com/acme/PriceTest.java", SELECTED.formatted("PriceTest"))
        .expectNoFindings();
    RuleTester.of(new TestClassNotSelected()).addSource("com/acme/PriceCheck.java",
        CHECK.lines().filter(l -> !l.contains("FINDING")).reduce("", (a, b) -> a + b + "\n")).expectNoFindings();
  }

  @Test
  void matchesAntStylePatternsAsSurefireDoes() {
    assertThat(SurefirePatterns.matches("**/*Test.java", "FooTest.java")).isTrue();
    assertThat(SurefirePatterns.matches("**/*Test.java", "com/acme/FooTest.java")).isTrue();
    assertThat(SurefirePatterns.matches("**/*Test.class", "com/acme/FooTest.java")).isTrue();
    assertThat(SurefirePatterns.matches("**/*Test", "com/acme/FooTest.java")).isTrue();
    assertThat(SurefirePatterns.matches("com/acme/*Test.java", "com/acme/FooTest.java")).isTrue();
    assertThat(SurefirePatterns.matches("com/acme/*Test.java", "com/acme/sub/FooTest.java")).isFalse();
    assertThat(SurefirePatterns.matches("com/**/Foo?est.java", "com/a/b/FooTest.java")).isTrue();
    assertThat(SurefirePatterns.matches("**/*Test.java", "com/acme/FooTests.java")).isFalse();
    assertThat(SurefirePatterns.matches("**/*$*", "com/acme/Foo$Bar.java")).isTrue();
    assertThat(SurefirePatterns.matches("com.acme.*", "com/other/Foo.java")).as("not modelled: matches").isTrue();
  }
}
