package dev.importhealth.rules;

import dev.importhealth.rules.testing.RuleTester;
import org.junit.jupiter.api.Test;

class TestResourceNotFoundTest {

  private static final String POM = """
      <project>
        <modelVersion>4.0.0</modelVersion>
        <groupId>com.acme</groupId>
        <artifactId>orders</artifactId>
        <version>1</version>
      </project>
      """;

  private static final String CSV_TEST = """
      package com.acme;

      import org.junit.jupiter.params.ParameterizedTest;
      import org.junit.jupiter.params.provider.CsvFileSource;

      class OrdersTest {
        @ParameterizedTest
        // FINDING: 'orders.csv' resolves to classpath resource [com/acme/orders.csv] for test class com.acme.OrdersTest, which no resource root, output directory or classpath entry holds: at run time JUnit fails with "Classpath resource [orders.csv] does not exist". Add the file
        @CsvFileSource(resources = {"present.csv", "orders.csv"})
        void relative(String line) {}

        @ParameterizedTest
        // FINDING: Classpath resource [/com/acme/gone.csv] does not exist
        @CsvFileSource(resources = "/com/acme/gone.csv")
        void absoluteIntoAProjectPackage(String line) {}

        @ParameterizedTest
        @CsvFileSource(resources = "/com/acme/present.csv")
        void absolutePresent(String line) {}

        @ParameterizedTest
        @CsvFileSource(files = "src/test/data/missing.csv")
        void filesAreNotChecked(String line) {}

        // not a parameterized test: never read
        @CsvFileSource(resources = "nowhere.csv")
        void notATest(String line) {}
      }
      """;

  private static final String SPRING_TEST = """
      package com.acme;

      import org.junit.jupiter.api.Test;
      import org.springframework.test.context.ContextConfiguration;
      import org.springframework.test.context.TestPropertySource;
      import org.springframework.test.context.jdbc.Sql;

      // FINDING: at run time Spring fails to load the ApplicationContext with "class path resource [com/acme/missing-context.xml] cannot be opened because it does not exist"
      @ContextConfiguration("missing-context.xml")
      @TestPropertySource(locations = "classpath:com/acme/test.properties")
      class RepositoryTest {
        @Test
        // FINDING: Spring fails with "Cannot read SQL script from class path resource [com/acme/schema.sql]" caused by "class path resource [com/acme/schema.sql] cannot be opened because it does not exist"
        @Sql({"data.sql", "schema.sql"})
        void loads() {}

        @Test
        // FINDING: class path resource [com/acme/other.sql]
        @Sql(scripts = "classpath:/com/acme/other.sql")
        void absoluteWithPrefix() {}

        @Test
        @Sql(scripts = {"file:db/x.sql", "classpath*:com/acme/*.sql", "${schema}", "/com/acme/data.sql"})
        void urlsPlaceholdersAndPresentOnesAreFine() {}

        // not a test method: Spring never reads it
        @Sql("nowhere.sql")
        void helper() {}
      }
      """;

  private static RuleTester maven() {
    return RuleTester.of(new TestResourceNotFound())
        .addFile("pom.xml", POM)
        .addFile("src/test/resources/com/acme/present.csv", "a\n")
        .addFile("src/test/resources/com/acme/data.sql", "select 1;\n")
        .addFile("src/test/resources/com/acme/test.properties", "a=b\n");
  }

  @Test
  void flagsCsvFileSourceResourcesThatExistNowhere() {
    maven().withTestFrameworks().addSource("test/java/com/acme/OrdersTest.java", CSV_TEST).expectFindingsAsMarked();
  }

  private static final String ROOT_RESOURCE_TEST = """
      package com.acme;

      import org.junit.jupiter.params.ParameterizedTest;
      import org.junit.jupiter.params.provider.CsvFileSource;

      class SharedDataTest {
        @ParameterizedTest
        // FINDING: at run time JUnit fails with "Classpath resource [/shared-data.csv] does not exist"
        @CsvFileSource(resources = "/shared-data.csv")
        void readsSharedData(String line) {}
      }
      """;

  @Test
  void aResourceOutsideTheProjectsPackagesIsJudgedAgainstTheGivenClasspath() {
    maven().withTestFrameworks().addSource("test/java/com/acme/SharedDataTest.java", ROOT_RESOURCE_TEST)
        .expectFindingsAsMarked();
  }

  @Test
  void withoutAClasspathAnyDependencyMayHoldAResourceOutsideTheProjectsPackages() {
    maven().addSource("test/java/com/acme/SharedDataTest.java", ROOT_RESOURCE_TEST).expectNoFindings();
  }

  @Test
  void flagsTheSameFromImportsAlone() {
    maven().addSource("test/java/com/acme/OrdersTest.java", CSV_TEST).expectFindingsAsMarked();
  }

  @Test
  void flagsSpringScriptsAndLocationsThatExistNowhere() {
    maven().withTestFrameworks().addSource("test/java/com/acme/RepositoryTest.java", SPRING_TEST)
        .expectFindingsAsMarked();
  }

  @Test
  void resolvesRelativeNamesAgainstTheRuntimeSubclass() {
    maven().withTestFrameworks()
        .addFile("src/test/resources/com/acme/base/rows.csv", "a\n")
        .addSource("test/java/com/acme/base/BaseTest.java", """
            package com.acme.base;

            import org.junit.jupiter.params.ParameterizedTest;
            import org.junit.jupiter.params.provider.CsvFileSource;

            public abstract class BaseTest {
              @ParameterizedTest
              // FINDING: 'rows.csv' resolves to classpath resource [com/acme/sub/rows.csv] for test class com.acme.sub.SubTest
              @CsvFileSource(resources = "rows.csv")
              void reads(String line) {}
            }
            """)
        .addSource("test/java/com/acme/base/SamePackageTest.java", """
            package com.acme.base;

            class SamePackageTest extends BaseTest {}
            """)
        .addSource("test/java/com/acme/sub/SubTest.java", """
            package com.acme.sub;

            class SubTest extends com.acme.base.BaseTest {}
            """)
        .expectFindingsAsMarked();
  }

  @Test
  void staysSilentWhenResourcesMayComeFromElsewhere() {
    // a plain tree: resources may sit anywhere
    RuleTester.of(new TestResourceNotFound()).withTestFrameworks()
        .addSource("com/acme/OrdersTest.java", CSV_TEST.replaceAll("// FINDING:.*", ""))
        .expectNoFindings();
    // a plugin adds resources the analysis does not model
    RuleTester.of(new TestResourceNotFound()).withTestFrameworks()
        .addFile("pom.xml", POM.replace("</project>", """
              <build><plugins><plugin>
                <artifactId>build-helper-maven-plugin</artifactId>
                <executions><execution><goals><goal>add-test-resource</goal></goals></execution></executions>
              </plugin></plugins></build>
            </project>
            """))
        .addFile("src/test/resources/com/acme/present.csv", "a\n")
        .addSource("test/java/com/acme/OrdersTest.java", CSV_TEST.replaceAll("// FINDING:.*", ""))
        .expectNoFindings();
    // an abstract class no project class extends: the runtime class is unknown
    maven().withTestFrameworks()
        .addSource("test/java/com/acme/AbstractTest.java", """
            package com.acme;

            import org.junit.jupiter.params.ParameterizedTest;
            import org.junit.jupiter.params.provider.CsvFileSource;

            public abstract class AbstractTest {
              @ParameterizedTest
              @CsvFileSource(resources = "rows.csv")
              void reads(String line) {}
            }
            """)
        .expectNoFindings();
  }
}
