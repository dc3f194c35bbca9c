package dev.importhealth.rules.oracle.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The mutations of {@code testdata/fixture-oracle}, each one edit with its declared runtime
 * outcome. The declarations are what {@link RuntimeOracleSelfTest} proves against the real
 * frameworks; several encode runtime behaviour that is easy to get wrong statically (noted).
 */
final class FixtureMutations {

  private static final String PKG = "com.example.fixtures.";
  private static final String SRC = "src/test/java/com/example/fixtures/";

  private final List<RuntimeMutation> all = new ArrayList<>();

  private FixtureMutations() {}

  static List<RuntimeMutation> all() {
    FixtureMutations m = new FixtureMutations();
    m.methodSource();
    m.staticFactories();
    m.fieldSource();
    m.parameterResolvers();
    m.enumSource();
    m.csvFileSource();
    m.dataProviders();
    m.junit4();
    m.silentlySkipped();
    m.acceptedByTheRuntime();
    return List.copyOf(m.all);
  }

  private void methodSource() {
    add("ms-default-factory-renamed", "params/MethodSourceLocalTest.java",
        "static Stream<String> words() {", "static Stream<String> wordList() {",
        "IH301 params.MethodSourceLocalTest#words");
    add("ms-local-name-typo", "params/MethodSourceLocalTest.java",
        "@MethodSource(\"numbers\")", "@MethodSource(\"numberz\")",
        "IH301 params.MethodSourceLocalTest#positive");
    // The declared return type decides: Object is an invalid candidate whatever it returns.
    add("ms-factory-returns-object", "params/MethodSourceLocalTest.java",
        "static IntStream numbers() {", "static Object numbers() {",
        "IH301 params.MethodSourceLocalTest#positive");
    // A default (blank) name goes straight to the simple-name search, so an overload that
    // takes resolvable parameters makes it ambiguous.
    add("ms-default-name-ambiguous-overload", "params/MethodSourceLocalTest.java",
        "static Stream<String> words() {",
        "static Stream<String> words(org.junit.jupiter.api.TestInfo info) { return words(); }\n\n"
            + "  static Stream<String> words() {",
        "IH301 params.MethodSourceLocalTest#words");
    add("ms-explicit-signature-mismatch", "params/MethodSourceLocalTest.java",
        "@MethodSource(\"letters()\")", "@MethodSource(\"letters(int)\")",
        "IH301 params.MethodSourceLocalTest#letters");
    add("ms-dot-without-hash", "params/MethodSourceLocalTest.java",
        "@MethodSource(\"pairs\")", "@MethodSource(\"Pairs.pairs\")",
        "IH301 params.MethodSourceLocalTest#lengths");
    add("ms-external-method-renamed", "Data.java",
        "public static Stream<Arguments> rows() {", "public static Stream<Arguments> allRows() {",
        "IH301 params.ExternalSourceTest#externalRows");
    add("ms-external-class-missing", "params/ExternalSourceTest.java",
        "\"com.example.fixtures.Data#rows\"", "\"com.example.fixtures.Datum#rows\"",
        "IH301 params.ExternalSourceTest#externalRows");
    add("ms-nested-class-dot-name", "params/ExternalSourceTest.java",
        "Outer$Inner#m", "Outer.Inner#m",
        "IH301 params.ExternalSourceTest#nestedClassFactory");
    add("ms-superclass-factory-renamed", "params/FactoryBase.java",
        "private static Stream<String> inherited() {", "private static Stream<String> baseRows() {",
        "IH301 params.InheritedFactoryTest#usesSuperclassFactory");
    // Only public interface methods are searched; a private static one is invisible.
    add("ms-interface-factory-private", "params/SharedRows.java",
        "static Stream<String> shared() {", "private static Stream<String> shared() {",
        "IH301 params.InterfaceFactoryTest#staticInterfaceFactory");
    // Resolved against the runtime class: only the subclass that lacks the factory fails.
    add("ms-abstract-base-subclass-lacks-factory", "params/SquareShapeTest.java",
        "static Stream<String> shapes() {", "static Stream<String> squares() {",
        "IH301 params.SquareShapeTest#hasName");
    // Enclosing classes are not searched for a @Nested class's local name.
    add("ms-nested-factory-only-in-enclosing-class", "params/NestedFactoryTest.java",
        "@MethodSource(\"innerRows\")", "@MethodSource(\"outerRows\")",
        "IH301 params.NestedFactoryTest$Inner#ownFactory");
  }

  private void staticFactories() {
    add("ms-not-static-per-method", "params/MethodSourceLocalTest.java",
        "static List<String> listed() {", "List<String> listed() {",
        "IH302 params.MethodSourceLocalTest#listedWords");
    add("ms-per-class-lifecycle-removed", "params/PerClassFactoryTest.java",
        "@TestInstance(TestInstance.Lifecycle.PER_CLASS)\n", "",
        "IH302 params.PerClassFactoryTest#instanceFactory");
    add("ms-interface-default-factory-per-method", "params/InterfaceFactoryTest.java",
        "@TestInstance(TestInstance.Lifecycle.PER_CLASS)\n", "",
        "IH302 params.InterfaceFactoryTest#defaultInterfaceFactory");
    add("ms-external-factory-not-static", "Data.java",
        "public static Stream<Arguments> rows() {", "public Stream<Arguments> rows() {",
        "IH302 params.ExternalSourceTest#externalRows");
    add("ms-enclosing-factory-not-static", "params/NestedFactoryTest.java",
        "static Stream<String> outerRows() {", "Stream<String> outerRows() {",
        "IH302 params.NestedFactoryTest$Inner#enclosingFactoryByName");
    add("fs-field-not-static", "params/FieldSourceTest.java",
        "static final List<String> fruits", "final List<String> fruits",
        "IH302 params.FieldSourceTest#namedField");
  }

  private void fieldSource() {
    add("fs-name-typo", "params/FieldSourceTest.java",
        "@FieldSource(\"fruits\")", "@FieldSource(\"fruitz\")",
        "IH303 params.FieldSourceTest#namedField");
    add("fs-default-field-renamed", "params/FieldSourceTest.java",
        "static final String[] vegetables =", "static final String[] greens =",
        "IH303 params.FieldSourceTest#vegetables");
    add("fs-external-field-renamed", "Data.java",
        "List<String> COLORS =", "List<String> COLOURS =",
        "IH303 params.FieldSourceTest#externalField");
  }

  private void parameterResolvers() {
    add("pr-unresolvable-extra-parameter", "resolve/BuiltInResolverTest.java",
        "void testInfo(TestInfo info)", "void testInfo(TestInfo info, String extra)",
        "IH304 resolve.BuiltInResolverTest#testInfo");
    // RepetitionInfo is resolvable only inside @RepeatedTest invocations.
    add("pr-repetition-info-in-plain-test", "resolve/BuiltInResolverTest.java",
        "@RepeatedTest(2)", "@Test",
        "IH304 resolve.BuiltInResolverTest#repetition");
    add("pr-tempdir-annotation-removed", "resolve/BuiltInResolverTest.java",
        "void tempDir(@TempDir Path dir)", "void tempDir(Path dir)",
        "IH304 resolve.BuiltInResolverTest#tempDir");
    // One argument per invocation, two leading non-resolver parameters: the second falls through.
    add("pr-parameterized-arity-shortfall", "resolve/BuiltInResolverTest.java",
        "void argumentThenInfo(String value, TestInfo info)",
        "void argumentThenInfo(String value, String other, TestInfo info)",
        "IH304 resolve.BuiltInResolverTest#argumentThenInfo");
    add("pr-mock-annotation-removed", "resolve/MockitoParameterTest.java",
        "void mockParameter(@Mock Greeter greeter)", "void mockParameter(Greeter greeter)",
        "IH304 resolve.MockitoParameterTest#mockParameter");
    add("pr-mockito-extension-removed", "resolve/MockitoParameterTest.java",
        "@ExtendWith(MockitoExtension.class)\n", "",
        "IH304 resolve.MockitoParameterTest#mockParameter");
    add("pr-user-resolver-unregistered", "resolve/CustomResolverTest.java",
        "@ExtendWith(GreetingResolver.class)\n", "",
        "IH304 resolve.CustomResolverTest#resolvedByUserExtension",
        "IH304 resolve.CustomResolverTest$Inner#resolvedThroughEnclosingClass");
  }

  private void enumSource() {
    add("es-include-name-typo", "params/EnumSourceTest.java",
        "names = {\"EARTH\", \"MARS\"}", "names = {\"EARTH\", \"MARZ\"}",
        "IH305 params.EnumSourceTest#included");
    add("es-exclude-name-typo", "params/EnumSourceTest.java",
        "names = {\"VENUS\"}", "names = {\"VENIS\"}",
        "IH305 params.EnumSourceTest#excluded");
    add("es-constant-renamed-in-enum", "params/Planet.java",
        "MERCURY, VENUS, EARTH, MARS", "MERCURY, VENUS, TERRA, MARS",
        "IH305 params.EnumSourceTest#included");
    add("es-name-for-parameter-type", "params/EnumSourceTest.java",
        "names = \"MERCURY\"", "names = \"MERKUR\"",
        "IH305 params.EnumSourceTest#typeFromParameter");
  }

  private void csvFileSource() {
    // Without the slash the name is resolved in the test class's package, where it is not.
    add("csv-absolute-made-relative", "csv/CsvFileSourceTest.java",
        "resources = \"/fruits.csv\"", "resources = \"fruits.csv\"",
        "IH306 csv.CsvFileSourceTest#absoluteResource");
    add("csv-relative-made-absolute", "csv/CsvFileSourceTest.java",
        "resources = \"prices.csv\"", "resources = \"/prices.csv\"",
        "IH306 csv.CsvFileSourceTest#packageRelativeResource");
    add("csv-resource-name-typo", "csv/CsvFileSourceTest.java",
        "resources = \"/fruits.csv\"", "resources = \"/fruit.csv\"",
        "IH306 csv.CsvFileSourceTest#absoluteResource");
  }

  private void dataProviders() {
    add("dp-name-typo", "testng/ProvidersTest.java",
        "@Test(dataProvider = \"words\")", "@Test(dataProvider = \"wordz\")",
        "IH307 testng.ProvidersTest#namedProvider");
    add("dp-default-named-method-renamed", "testng/ProvidersTest.java",
        "public Object[][] sizes() {", "public Object[][] sizeRows() {",
        "IH307 testng.ProvidersTest#defaultNamedProvider");
    // The right name without @DataProvider is not a provider.
    add("dp-annotation-removed", "testng/ProvidersTest.java",
        "  @DataProvider\n  public Object[][] sizes()", "  public Object[][] sizes()",
        "IH307 testng.ProvidersTest#defaultNamedProvider");
    add("dp-provider-class-name-changed", "testng/SharedProviders.java",
        "@DataProvider(name = \"shared\")", "@DataProvider(name = \"common\")",
        "IH307 testng.ProvidersTest#providerInOtherClass");
    add("dp-private-in-superclass", "testng/ProviderBase.java",
        "public Object[][] inheritedRows() {", "private Object[][] inheritedRows() {",
        "IH307 testng.InheritedProviderTest#usesInheritedProvider");
    add("dp-duplicate-name", "testng/ProvidersTest.java",
        "  @DataProvider(name = \"words\")\n",
        "  @DataProvider(name = \"words\")\n  public Object[][] moreWords() {\n"
            + "    return new Object[][] {{\"gamma\"}};\n  }\n\n  @DataProvider(name = \"words\")\n",
        "IH307 testng.ProvidersTest#namedProvider");
  }

  private void junit4() {
    add("j4-rule-not-public", "junit4/RuleTest.java",
        "public TemporaryFolder folder", "TemporaryFolder folder",
        "IH308 junit4.RuleTest");
    add("j4-rule-static", "junit4/RuleTest.java",
        "public TemporaryFolder folder", "public static TemporaryFolder folder",
        "IH308 junit4.RuleTest");
    add("j4-parameters-not-public", "junit4/ParameterizedJUnit4Test.java",
        "public static Collection<Object[]> data()", "static Collection<Object[]> data()",
        "IH308 junit4.ParameterizedJUnit4Test");
    add("j4-parameters-not-static", "junit4/ParameterizedJUnit4Test.java",
        "public static Collection<Object[]> data()", "public Collection<Object[]> data()",
        "IH308 junit4.ParameterizedJUnit4Test");
    add("j4-test-method-not-public", "junit4/PlainJUnit4Test.java",
        "public void adds()", "void adds()",
        "IH308 junit4.PlainJUnit4Test");
    // Not a source edit: without the Vintage engine no JUnit 4 test runs, and nothing fails.
    all.add(new RuntimeMutation("j4-vintage-engine-removed", "pom.xml",
        "    <dependency>\n      <groupId>org.junit.vintage</groupId>\n"
            + "      <artifactId>junit-vintage-engine</artifactId>\n      <version>5.11.4</version>\n"
            + "      <scope>test</scope>\n    </dependency>\n", "",
        expect("IH501 junit4.RuleTest", "IH501 junit4.ParameterizedJUnit4Test", "IH501 junit4.PlainJUnit4Test")));
  }

  private void silentlySkipped() {
    add("jupiter-test-private", "skip/PlainJupiterTest.java",
        "void addsNumbers() {", "private void addsNumbers() {",
        "IH503 skip.PlainJupiterTest#addsNumbers");
    add("jupiter-test-static", "skip/PlainJupiterTest.java",
        "void concatenates() {", "static void concatenates() {",
        "IH503 skip.PlainJupiterTest#concatenates");
    add("jupiter-test-non-void", "skip/PlainJupiterTest.java",
        "void multiplies() { assertEquals(6, 2 * 3); }", "int multiplies() { assertEquals(6, 2 * 3); return 6; }",
        "IH503 skip.PlainJupiterTest#multiplies");
    // Java 16+ allows a static method in an inner (@Nested) class; Jupiter skips it.
    add("jupiter-nested-test-static", "skip/PlainJupiterTest.java",
        "void subtracts() {", "static void subtracts() {",
        "IH503 skip.PlainJupiterTest$Inner#subtracts");
  }

  /** Edits that look suspicious but the runtime accepts: a checker must stay silent on them. */
  private void acceptedByTheRuntime() {
    // An explicit name tries the exact zero-argument method first, so an overload is harmless.
    add("ok-explicit-name-with-overload", "params/MethodSourceLocalTest.java",
        "static IntStream numbers() {",
        "static IntStream numbers(org.junit.jupiter.api.TestInfo info) { return numbers(); }\n\n"
            + "  static IntStream numbers() {");
    // TestNG (6.9.13+) instantiates a dataProviderClass for a non-static provider.
    add("ok-testng-provider-class-not-static", "testng/SharedProviders.java",
        "public static Object[][] sharedRows()", "public Object[][] sharedRows()");
  }

  private void add(String id, String file, String find, String replace, String... expected) {
    all.add(new RuntimeMutation(id, SRC + file, find, replace, expect(expected)));
  }

  /** {@code "IH301 params.Foo#bar"}: rule, class relative to com.example.fixtures, method if any. */
  private static List<RuntimeMutation.Expected> expect(String... expected) {
    return Arrays.stream(expected).map(e -> {
      String[] ruleAndWhere = e.split(" ", 2);
      String[] classAndMethod = ruleAndWhere[1].split("#", 2);
      return new RuntimeMutation.Expected(ruleAndWhere[0], PKG + classAndMethod[0],
          classAndMethod.length > 1 ? classAndMethod[1] : "");
    }).toList();
  }
}
