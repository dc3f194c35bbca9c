package dev.importhealth.rules.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.importhealth.core.api.FileRegion;
import dev.importhealth.core.api.Finding;
import dev.importhealth.core.engine.AnalysisResult;
import dev.importhealth.core.engine.CheckRequest;
import dev.importhealth.core.engine.Engine;
import dev.importhealth.rules.TestClassNotSelected;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real Maven Surefire as the oracle for IH502 {@code test-class-not-selected}. Each scenario is a
 * single-module Maven project with JUnit Jupiter test classes whose names hit and miss the
 * Surefire patterns; {@code mvn test} runs in it, and the classes Surefire actually ran are read
 * from {@code target/surefire-reports/TEST-*.xml}. Then the rule runs in-process on the same
 * project, and must agree both ways:
 *
 * <ul>
 *   <li>no IH502 finding on a class Surefire ran (a false error is what import-health promises
 *       never to report);
 *   <li>exactly one finding on each concrete top-level class with tests of its own that
 *       Surefire did not run, unless the rule stays silent for it by documented policy: classes
 *       a configured exclude removes, selections the rule
 *       does not model ({@code %regex[...]}); the scenario lists those classes by name.
 * </ul>
 *
 * <p>The poms use the plugin and JUnit versions import-health's own build uses, so whenever this
 * test runs they are in the local repository; Maven runs without {@code -o} so that a clean
 * machine can still download them. All scenarios' builds run at once, started before the tests.
 */
class SurefireSelectionOracleTest {

  private static final long MAVEN_TIMEOUT_MINUTES = 4;

  /** One test class of a scenario: where its source goes and what it is. */
  private record TestClass(String binaryName, String file, String source, boolean candidate) {}

  /**
   * A scenario: the Surefire {@code <configuration>}, its classes, and the classes the rule
   * stays silent for by policy although Surefire does not run them.
   */
  private record Scenario(String name, String surefireConfiguration, List<TestClass> classes, Set<String> silentByPolicy) {}

  private record Run(Scenario scenario, Path project, Process maven, Path log) {}

  @TempDir static Path temp;

  private static final Map<String, Run> RUNS = new LinkedHashMap<>();

  // ---- the scenarios ----------------------------------------------------------------------------

  private static final String TEST = "org.junit.jupiter.api.Test";

  /** A concrete class with Jupiter tests of its own, in {@code pkg} (empty: the default package). */
  private static TestClass tests(String pkg, String simpleName) {
    return javaFile(pkg, simpleName, simpleName, """
        class %s {
          @%s void a() {}
          @org.junit.jupiter.api.RepeatedTest(2) void b() {}
        }
        """.formatted(simpleName, TEST), true);
  }

  private static TestClass javaFile(String pkg, String fileName, String simpleName, String body, boolean candidate) {
    String dir = pkg.isEmpty() ? "" : pkg.replace('.', '/') + "/";
    String header = pkg.isEmpty() ? "" : "package " + pkg + ";\n\n";
    String binary = pkg.isEmpty() ? simpleName : pkg + "." + simpleName;
    return new TestClass(binary, dir + fileName + ".java", header + body, candidate);
  }

  private static List<Scenario> scenarios() {
    List<TestClass> defaults = new ArrayList<>(List.of(
        tests("com.acme", "FooTest"),
        tests("com.acme", "TestBar"),
        tests("com.acme", "BarTests"),
        tests("com.acme", "BazTestCase"),
        tests("com.acme", "Test"),
        tests("com.acme", "ItemITest"),
        tests("com.acme", "FooCheck"),
        tests("com.acme", "FooSpec"),
        tests("com.acme", "Fooests"),
        tests("com.acme", "Footest"),
        tests("com.acme", "FooTestSuite2"),
        tests("com.acme", "BazIT"),
        tests("com.acme", "ITBaz"),
        tests("com.acme", "BazITCase"),
        tests("com.acme.sub", "SubCheck"),
        tests("com.acme.sub", "SubTest"),
        tests("", "DefaultPackageCheck"),
        tests("", "DefaultPackageTest"),
        javaFile("com.acme", "OuterTest", "OuterTest", """
            class OuterTest {
              @%1$s void outer() {}
              static class InnerCheck { @%1$s void inner() {} }
              static class InnerTest { @%1$s void inner() {} }
            }
            """.formatted(TEST), true),
        javaFile("com.acme", "Holder", "Holder", """
            class Holder {
              static class HeldTest { @%1$s void held() {} }
              @org.junit.jupiter.api.Nested class NestedCheck { @%1$s void nested() {} }
            }
            """.formatted(TEST), false),
        javaFile("com.acme", "AbstractPriceCheck", "AbstractPriceCheck", """
            abstract class AbstractPriceCheck { @%s void inherited() {} }
            """.formatted(TEST), false),
        javaFile("com.acme", "AbstractPriceTest", "AbstractPriceTest", """
            abstract class AbstractPriceTest { @%s void inherited() {} }
            """.formatted(TEST), false),
        javaFile("com.acme", "PriceInheritsCheck", "PriceInheritsCheck", """
            class PriceInheritsCheck extends AbstractPriceCheck {}
            """, false),
        // a second top-level class: Surefire selects class files, named after the class, not the file
        javaFile("com.acme", "Helpers", "HelpersTest", """
            class Helpers { static int one() { return 1; } }
            class HelpersTest { @%s void one() {} }
            """.formatted(TEST), true),
        javaFile("com.acme", "WidgetTest", "WidgetCheck", """
            class WidgetTest { @%1$s void a() {} }
            class WidgetCheck { @%1$s void b() {} }
            """.formatted(TEST), true),
        // the package, not the directory, decides where the class file goes
        javaFile("com.acme", "misplaced/MisplacedCheck", "MisplacedCheck", """
            class MisplacedCheck { @%s void a() {} }
            """.formatted(TEST), true)));
    defaults.add(new TestClass("com.acme.WidgetTest", "com/acme/WidgetTest.java", "", true));

    List<TestClass> configured = List.of(
        tests("com.acme", "PriceSpec"),
        tests("com.acme", "PriceTest"),
        tests("com.acme", "PriceCheck"),
        tests("com.acme", "SlowSpec"),
        tests("com.acme.sub", "SubSpec"),
        tests("com.acme.sub", "SubCheck"),
        tests("com.acme.rules", "RuleCheck"),
        tests("com.acme", "PriceIT"),
        tests("com.acme.sub", "ProbeAlpha"),
        tests("com.acme", "AlphaProbe"),
        tests("com.acme", "PriceCase"),
        tests("com.acme", "PriceCaseTest"),
        // declared in com.acme.rules, written elsewhere: its class file is com/acme/rules/*.class
        javaFile("com.acme.rules", "../elsewhere/ElsewhereCheck", "ElsewhereCheck", """
            class ElsewhereCheck { @%s void a() {} }
            """.formatted(TEST), true),
        javaFile("com.acme.rules", "../../../other/OtherRuleCheck", "OtherRuleCheck", """
            class OtherRuleCheck { @%s void a() {} }
            """.formatted(TEST), true));

    List<TestClass> regex = List.of(
        tests("com.acme", "PriceCheck"),
        tests("com.acme", "PriceTest"),
        tests("com.acme", "PriceSpec"));

    return List.of(
        // no Failsafe in these builds, so IT-named classes never run either, and are reported
        new Scenario("defaults", "", defaults, Set.of()),
        new Scenario("configured", """
            <configuration>
              <includes>
                <include>**/*Spec.java</include>
                <include>com/acme/rules/*Check</include>
                <include>Probe*</include>
                <include>**/*Case.class</include>
              </includes>
              <excludes><exclude>**/Slow*.java</exclude></excludes>
            </configuration>
            """, configured, Set.of("com.acme.SlowSpec")),
        new Scenario("regex", """
            <configuration>
              <includes><include>%regex[.*Check.*]</include></includes>
            </configuration>
            """, regex, Set.of("com.acme.PriceTest", "com.acme.PriceSpec")));
  }

  private static String pom(String surefireConfiguration) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <groupId>com.acme</groupId>
          <artifactId>surefire-oracle</artifactId>
          <version>1.0</version>
          <properties>
            <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
            <maven.compiler.release>17</maven.compiler.release>
          </properties>
          <dependencies>
            <dependency>
              <groupId>org.junit.jupiter</groupId>
              <artifactId>junit-jupiter</artifactId>
              <version>5.11.4</version>
              <scope>test</scope>
            </dependency>
          </dependencies>
          <build>
            <plugins>
              <plugin>
                <artifactId>maven-compiler-plugin</artifactId>
                <version>3.13.0</version>
              </plugin>
              <plugin>
                <artifactId>maven-resources-plugin</artifactId>
                <version>3.3.1</version>
              </plugin>
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

  // ---- running Maven ----------------------------------------------------------------------------

  /** Writes every scenario and starts its {@code mvn test}; they run while the checks wait. */
  @BeforeAll
  static void startMaven() throws IOException {
    for (Scenario scenario : scenarios()) {
      Path project = Files.createDirectories(temp.resolve(scenario.name())).toRealPath();
      write(project.resolve("pom.xml"), pom(scenario.surefireConfiguration()));
      for (TestClass c : scenario.classes()) {
        if (!c.source().isEmpty()) {
          write(project.resolve("src/test/java").resolve(c.file()).normalize(), c.source());
        }
      }
      Path log = temp.resolve(scenario.name() + "-mvn.log");
      Process maven = new ProcessBuilder("mvn", "-B", "-q", "-Dstyle.color=never", "test")
          .directory(project.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      RUNS.put(scenario.name(), new Run(scenario, project, maven, log));
    }
  }

  @AfterAll
  static void stopMaven() {
    RUNS.values().forEach(run -> run.maven().destroyForcibly());
  }

  /** The classes Surefire ran, by binary name, after waiting for the build to pass. */
  private static Set<String> ranBySurefire(Run run) throws Exception {
    if (!run.maven().waitFor(MAVEN_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
      run.maven().destroyForcibly();
      throw new AssertionError("mvn test did not finish in " + MAVEN_TIMEOUT_MINUTES + " minutes in " + run.project());
    }
    assertThat(run.maven().exitValue()).as("exit code of mvn test in %s; its output:%n%s",
        run.project(), Files.readString(run.log())).isZero();
    Set<String> ran = new TreeSet<>();
    Path reports = run.project().resolve("target/surefire-reports");
    if (!Files.isDirectory(reports)) {
      return ran;
    }
    Pattern testCount = Pattern.compile("<testsuite\\b[^>]*\\btests=\"(\\d+)\"");
    try (Stream<Path> files = Files.list(reports)) {
      for (Path report : files.toList()) {
        String name = report.getFileName().toString();
        if (name.startsWith("TEST-") && name.endsWith(".xml")) {
          Matcher tests = testCount.matcher(Files.readString(report));
          if (tests.find() && Integer.parseInt(tests.group(1)) > 0) {
            ran.add(name.substring("TEST-".length(), name.length() - ".xml".length()));
          }
        }
      }
    }
    return ran;
  }

  // ---- the comparison ---------------------------------------------------------------------------

  @Test
  void defaultIncludes() throws Exception {
    Set<String> ran = agree("defaults");
    // the oracle itself: Surefire's defaults as documented, and the class-file view of selection
    assertThat(ran).contains("com.acme.FooTest", "com.acme.TestBar", "com.acme.BarTests", "com.acme.BazTestCase",
            "com.acme.sub.SubTest", "DefaultPackageTest", "com.acme.OuterTest", "com.acme.HelpersTest",
            "com.acme.WidgetTest")
        .doesNotContain("com.acme.FooCheck", "com.acme.BazIT", "com.acme.OuterTest$InnerTest",
            "com.acme.Holder$HeldTest", "com.acme.WidgetCheck");
  }

  @Test
  void configuredIncludesAndExcludes() throws Exception {
    Set<String> ran = agree("configured");
    assertThat(ran).contains("com.acme.PriceSpec", "com.acme.sub.SubSpec", "com.acme.rules.RuleCheck",
            "com.acme.rules.ElsewhereCheck", "com.acme.sub.ProbeAlpha", "com.acme.PriceCase")
        .doesNotContain("com.acme.PriceTest", "com.acme.SlowSpec", "com.acme.AlphaProbe");
  }

  @Test
  void regularExpressionIncludes() throws Exception {
    Set<String> ran = agree("regex");
    assertThat(ran).containsExactly("com.acme.PriceCheck");
  }

  /** Runs the rule on the scenario's project and asserts it agrees with what Surefire ran. */
  private static Set<String> agree(String scenarioName) throws Exception {
    Run run = RUNS.get(scenarioName);
    Set<String> ran = ranBySurefire(run);
    assertThat(ran).as("classes Surefire ran in %s", scenarioName).isNotEmpty();

    AnalysisResult result = new Engine(List.of(new TestClassNotSelected()))
        .check(new CheckRequest(run.project(), List.of(), Optional.empty(), junitJars(), 1));
    assertThat(result.filesAnalysed()).as("files analysed").isPositive();
    Map<String, List<Finding>> findings = new TreeMap<>();
    Pattern className = Pattern.compile("^Test class (\\S+) has ");
    for (Finding finding : result.findings()) {
      Matcher m = className.matcher(finding.message());
      assertThat(m.find()).as("IH502 message names its class: %s", finding.message()).isTrue();
      findings.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(finding);
    }

    List<String> problems = new ArrayList<>();
    Map<String, TestClass> byName = new TreeMap<>();
    run.scenario().classes().forEach(c -> byName.put(c.binaryName(), c));
    for (Map.Entry<String, List<Finding>> e : findings.entrySet()) {
      TestClass c = byName.get(e.getKey());
      if (ran.contains(e.getKey())) {
        problems.add("finding on " + e.getKey() + ", which Surefire ran: " + e.getValue().get(0).message());
      } else if (c == null || !c.candidate()) {
        problems.add("finding on " + e.getKey() + ", not a concrete top-level class with tests: "
            + e.getValue().get(0).message());
      } else if (run.scenario().silentByPolicy().contains(e.getKey())) {
        problems.add("finding on " + e.getKey() + ", for which the rule stays silent by policy");
      } else if (e.getValue().size() != 1) {
        problems.add(e.getValue().size() + " findings on " + e.getKey());
      } else {
        Path file = ((FileRegion) e.getValue().get(0).location()).file();
        Path expected = run.project().resolve("src/test/java").resolve(c.file()).normalize();
        if (!file.equals(expected)) {
          problems.add("finding on " + e.getKey() + " in " + file + ", not in " + expected);
        }
      }
    }
    for (TestClass c : byName.values()) {
      if (c.candidate() && !ran.contains(c.binaryName()) && !run.scenario().silentByPolicy().contains(c.binaryName())
          && !findings.containsKey(c.binaryName())) {
        problems.add("no finding on " + c.binaryName() + ", which Surefire did not run");
      }
    }
    assertThat(problems).as("disagreements between Surefire (ran %s) and IH502 in %s", ran, scenarioName).isEmpty();
    return ran;
  }

  /** The JUnit jars the build copies to {@code target/test-frameworks}, as the scenario's test classpath. */
  private static List<Path> junitJars() throws IOException {
    Path directory = Path.of("target/test-frameworks").toAbsolutePath();
    try (Stream<Path> jars = Files.list(directory)) {
      return jars.filter(p -> {
        String name = p.getFileName().toString();
        return name.endsWith(".jar") && (name.startsWith("junit-jupiter") || name.startsWith("junit-platform")
            || name.startsWith("opentest4j") || name.startsWith("apiguardian"));
      }).sorted().toList();
    }
  }

  private static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
