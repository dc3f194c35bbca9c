package dev.importhealth.rules.oracle.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Proves the fixture corpus and the harness against the real frameworks: the unmutated corpus
 * passes and runs exactly the tests listed here, and every mutation produces exactly its declared
 * outcome. Without this, a disagreement in {@link FixtureRuntimeOracleTest} could be the corpus's
 * fault rather than the checker's.
 */
class RuntimeOracleSelfTest {

  private static final String P = "com.example.fixtures.";

  /** Every test method of the corpus, by engine; each must run on the unmutated corpus. */
  private static final List<String> EXPECTED_EXECUTED = List.of(
      "junit-jupiter csv.CsvFileSourceTest#absoluteResource",
      "junit-jupiter csv.CsvFileSourceTest#packageRelativeResource",
      "junit-jupiter params.CircleShapeTest#hasName",
      "junit-jupiter params.EnumSourceTest#excluded",
      "junit-jupiter params.EnumSourceTest#included",
      "junit-jupiter params.EnumSourceTest#typeFromParameter",
      "junit-jupiter params.ExternalSourceTest#externalRows",
      "junit-jupiter params.ExternalSourceTest#nestedClassFactory",
      "junit-jupiter params.FieldSourceTest#externalField",
      "junit-jupiter params.FieldSourceTest#namedField",
      "junit-jupiter params.FieldSourceTest#vegetables",
      "junit-jupiter params.InheritedFactoryTest#usesSuperclassFactory",
      "junit-jupiter params.InterfaceFactoryTest#defaultInterfaceFactory",
      "junit-jupiter params.InterfaceFactoryTest#staticInterfaceFactory",
      "junit-jupiter params.MethodSourceLocalTest#lengths",
      "junit-jupiter params.MethodSourceLocalTest#letters",
      "junit-jupiter params.MethodSourceLocalTest#listedWords",
      "junit-jupiter params.MethodSourceLocalTest#positive",
      "junit-jupiter params.MethodSourceLocalTest#words",
      "junit-jupiter params.NestedFactoryTest$Inner#enclosingFactoryByName",
      "junit-jupiter params.NestedFactoryTest$Inner#ownFactory",
      "junit-jupiter params.PerClassFactoryTest#instanceFactory",
      "junit-jupiter params.SquareShapeTest#hasName",
      "junit-jupiter resolve.BuiltInResolverTest#argumentThenInfo",
      "junit-jupiter resolve.BuiltInResolverTest#repetition",
      "junit-jupiter resolve.BuiltInResolverTest#tempDir",
      "junit-jupiter resolve.BuiltInResolverTest#testInfo",
      "junit-jupiter resolve.BuiltInResolverTest#testReporter",
      "junit-jupiter resolve.CustomResolverTest#resolvedByUserExtension",
      "junit-jupiter resolve.CustomResolverTest$Inner#resolvedThroughEnclosingClass",
      "junit-jupiter resolve.MockitoParameterTest#mockParameter",
      "junit-jupiter skip.PlainJupiterTest#addsNumbers",
      "junit-jupiter skip.PlainJupiterTest#concatenates",
      "junit-jupiter skip.PlainJupiterTest#multiplies",
      "junit-jupiter skip.PlainJupiterTest$Inner#subtracts",
      "junit-vintage junit4.ParameterizedJUnit4Test#hasLength",
      "junit-vintage junit4.PlainJUnit4Test#adds",
      "junit-vintage junit4.PlainJUnit4Test#concatenates",
      "junit-vintage junit4.RuleTest#createsFile",
      "testng testng.InheritedProviderTest#usesInheritedProvider",
      "testng testng.ProvidersTest#defaultNamedProvider",
      "testng testng.ProvidersTest#namedProvider",
      "testng testng.ProvidersTest#providerInOtherClass");

  @Test
  void unmutatedCorpusPassesAndRunsEveryTest() {
    OracleRuns.Results results = OracleRuns.get();
    assertThat(results.baseline().failures()).as("runtime failures of the unmutated corpus").isEmpty();
    List<String> executed = results.baseline().executed().stream()
        .map(m -> m.engine() + " " + m.className().substring(P.length()) + "#" + m.methodName())
        .sorted()
        .toList();
    assertThat(executed).as("tests run on the unmutated corpus").containsExactlyElementsOf(EXPECTED_EXECUTED);
  }

  @Test
  void everyMutationProducesExactlyItsDeclaredOutcome() {
    OracleRuns.Results results = OracleRuns.get();
    List<String> problems = new ArrayList<>();
    Map<String, Integer> kinds = new TreeMap<>();
    for (OracleRuns.MutationRun run : results.mutations()) {
      RuntimeMutation mutation = run.mutation();
      kinds.merge(mutation.kind(), 1, Integer::sum);
      run.outcomes().unclassified().forEach(u -> problems.add(mutation + ": " + u));
      for (Outcome outcome : run.outcomes().classified()) {
        if (mutation.expected().stream().noneMatch(e -> e.matches(outcome))) {
          problems.add(mutation + ": undeclared outcome " + outcome);
        }
      }
      for (RuntimeMutation.Expected expected : mutation.expected()) {
        if (run.outcomes().classified().stream().noneMatch(expected::matches)) {
          problems.add(mutation + ": declared outcome did not happen: " + expected
              + "; the runtime did: " + run.run().failures());
        }
      }
      if (Boolean.getBoolean("oracle.verbose")) {
        System.out.println(mutation + " -> " + run.outcomes().classified());
      }
    }
    System.out.println("runtime oracle self-test: " + results.mutations().size() + " mutations in "
        + results.millis() + " ms, by kind: " + kinds);
    assertThat(problems).as("mutations whose runtime outcome differs from the declaration").isEmpty();
    assertThat(kinds.keySet()).as("kinds covered").containsAll(
        List.of("IH301", "IH302", "IH303", "IH304", "IH305", "IH306", "IH307", "IH308", "IH501", "IH503"));
  }
}
