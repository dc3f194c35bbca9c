package dev.importhealth.rules;

import dev.importhealth.rules.testing.RuleTester;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class Junit4TestsWithoutVintageTest {

  private static String pom(String surefire) {
    return """
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <groupId>com.acme</groupId>
          <artifactId>shop</artifactId>
          <version>1.0</version>
          <properties><surefire.version>3.2.5</surefire.version></properties>
          <build>
            <plugins>
              %s
            </plugins>
          </build>
        </project>
        """.formatted(surefire);
  }

  private static final String SUREFIRE = """
      <plugin><artifactId>maven-surefire-plugin</artifactId><version>${surefire.version}</version></plugin>
      """;

  private static final String LEGACY = """
      package com.acme;
      import org.junit.Test;
      // FINDING: Test class com.acme.LegacyTest has 2 JUnit 4 tests that never run: the module's test classpath has the JUnit Jupiter engine and junit:junit but no junit-vintage-engine
      public class LegacyTest {
        @Test public void a() {}
        @Test public void b() {}
      }
      """;

  private static final String OTHERS = """
      package com.acme;
      public class ModernTest {
        @org.junit.jupiter.api.Test void a() {}
      }
      """;

  private static final Predicate<String> WITHOUT_VINTAGE = jar -> !jar.startsWith("junit-vintage-engine");

  private static RuleTester maven(String surefire, Predicate<String> jars) {
    return RuleTester.of(new Junit4TestsWithoutVintage()).addFile("pom.xml", pom(surefire)).withMavenTestClasspath(jars);
  }

  @Test
  void flagsJunit4ClassesWhenOnlyTheJupiterEngineRuns() {
    maven(SUREFIRE, WITHOUT_VINTAGE)
        .addSource("test/java/com/acme/LegacyTest.java", LEGACY)
        .addSource("test/java/com/acme/ModernTest.java", OTHERS)
        .addSource("test/java/com/acme/MixedTest.java", """
            package com.acme;
            public class MixedTest {
              @org.junit.Test public void a() {}
              @org.junit.jupiter.api.BeforeEach void setUp() {}
            }
            """)
        .addSource("test/java/com/acme/Helper.java", """
            package com.acme;
            public class Helper { @org.junit.Test public void notSelectedByName() {} }
            """)
        .expectFindingsAsMarked();
  }

  @Test
  void staysSilentWithVintageOrWithoutTheJupiterEngine() {
    String quiet = LEGACY.lines().filter(l -> !l.contains("FINDING")).reduce("", (a, b) -> a + b + "\n");
    maven(SUREFIRE, jar -> true).addSource("test/java/com/acme/LegacyTest.java", quiet).expectNoFindings();
    maven(SUREFIRE, jar -> !jar.startsWith("junit-jupiter-engine") && !jar.startsWith("junit-vintage"))
        .addSource("test/java/com/acme/LegacyTest.java", quiet).expectNoFindings();
  }

  @Test
  void staysSilentWhenTheSurefireProviderIsNotCertain() {
    String quiet = LEGACY.lines().filter(l -> !l.contains("FINDING")).reduce("", (a, b) -> a + b + "\n");
    // no version: Maven's default Surefire may predate the JUnit Platform provider
    maven("", WITHOUT_VINTAGE).addSource("test/java/com/acme/LegacyTest.java", quiet).expectNoFindings();
    maven(SUREFIRE.replace("${surefire.version}", "2.19.1"), WITHOUT_VINTAGE)
        .addSource("test/java/com/acme/LegacyTest.java", quiet).expectNoFindings();
    maven(SUREFIRE.replace("</plugin>", """
        <dependencies><dependency><groupId>org.apache.maven.surefire</groupId>
        <artifactId>surefire-junit47</artifactId><version>3.2.5</version></dependency></dependencies></plugin>
        """), WITHOUT_VINTAGE).addSource("test/java/com/acme/LegacyTest.java", quiet).expectNoFindings();
  }

  @Test
  void staysSilentWithoutTheResolvedClasspath() {
    RuleTester.of(new Junit4TestsWithoutVintage()).withTestFrameworks().addFile("pom.xml", pom(SUREFIRE))
        .addSource("test/java/com/acme/LegacyTest.java", LEGACY.lines().filter(l -> !l.contains("FINDING"))
            .reduce("", (a, b) -> a + b + "\n"))
        .expectNoFindings();
  }
}
