package dev.importhealth.rules.oracle.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.importhealth.core.api.FileRegion;
import dev.importhealth.core.api.Finding;
import dev.importhealth.core.engine.AnalysisResult;
import dev.importhealth.core.engine.CheckRequest;
import dev.importhealth.core.engine.Engine;
import dev.importhealth.rules.BuiltInRules;
import dev.importhealth.rules.testing.MavenClasspathCache;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The real frameworks as the oracle for the fixture rules (IH3xx, IH5xx). On the unmutated
 * fixture project and on each mutation of it, import-health's findings must match what the
 * JUnit Platform and TestNG actually did: every classified failure or silently skipped test has
 * a finding of its rule in the failing test's method (or class, for class-level failures), and
 * every fixture finding stands for such a failure. The runtime half is proven by
 * {@link RuntimeOracleSelfTest}; a disagreement here is the checker's.
 */
class FixtureRuntimeOracleTest {

  @Test
  void findingsMatchTheRuntimeOnTheCorpusAndEveryMutation() throws Exception {
    OracleRuns.Results results = OracleRuns.get();
    long start = System.nanoTime();
    List<String> problems = new ArrayList<>();
    Map<String, Tally> tallies = new TreeMap<>();

    AnalysisResult baseline = analyse(results.baselineProject());
    // A checker that read nothing would agree with the unmutated corpus trivially.
    assertThat(baseline.filesAnalysed()).as("files the checker analysed in the fixture project")
        .isGreaterThanOrEqualTo(javaFiles(results.baselineProject()));
    FindingMatch unmutated = FindingMatch.of(List.of(), baseline.findings(),
        SourceMap.of(results.baselineProject().resolve("src/test/java")));
    tallies.computeIfAbsent("(unmutated)", k -> new Tally()).add(unmutated);
    unmutated.extra().forEach(f -> problems.add("unmutated: finding where the runtime passes: " + describe(f)));

    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())));
    try {
      List<Future<FindingMatch>> futures = new ArrayList<>();
      for (OracleRuns.MutationRun run : results.mutations()) {
        futures.add(pool.submit(() -> FindingMatch.of(run.outcomes().classified(), check(run.project()),
            SourceMap.of(run.project().resolve("src/test/java")))));
      }
      for (int i = 0; i < futures.size(); i++) {
        OracleRuns.MutationRun run = results.mutations().get(i);
        FindingMatch match;
        try {
          match = futures.get(i).get();
        } catch (ExecutionException e) {
          throw new AssertionError(run.mutation() + ": the check failed", e.getCause());
        }
        tallies.computeIfAbsent(run.mutation().kind(), k -> new Tally()).add(match);
        run.outcomes().unclassified().forEach(u -> problems.add(run.mutation() + ": " + u));
        match.missed().forEach(o -> problems.add(run.mutation() + ": no finding for runtime outcome " + o));
        match.extra().forEach(f -> problems.add(run.mutation() + ": finding where the runtime passes: " + describe(f)));
      }
    } finally {
      pool.shutdownNow();
    }
    printSummary(tallies, results, (System.nanoTime() - start) / 1_000_000);
    assertThat(problems).as("disagreements between the runtime and import-health").isEmpty();
  }

  private static List<Finding> check(Path project) throws Exception {
    return analyse(project).findings();
  }

  /**
   * The checker in-process, on the project with the classpath the runtime used, given as Maven
   * would resolve it for the module ({@code --maven-classpath}), so per-module facts (is the
   * Vintage engine there?) are known as they would be in a real build.
   */
  private static AnalysisResult analyse(Path project) throws Exception {
    MavenClasspathCache.write(project, FrameworkJars.runtimeClasspath(project));
    CheckRequest request = new CheckRequest(project, List.of(), Optional.empty(), List.of(), 1, true);
    return new Engine(BuiltInRules.all()).check(request);
  }

  private static int javaFiles(Path project) throws IOException {
    try (Stream<Path> walk = Files.walk(project.resolve("src/test/java"))) {
      return (int) walk.filter(p -> p.toString().endsWith(".java")).count();
    }
  }

  private static String describe(Finding finding) {
    String where = finding.location() instanceof FileRegion r
        ? r.file().getFileName() + ":" + r.startLine()
        : finding.location().describe();
    return finding.ruleId() + " " + where + " " + finding.message();
  }

  /** Per mutation kind: mutations, runtime outcomes, and how findings matched them. */
  private static final class Tally {
    int mutations;
    int outcomes;
    int matched;
    int missed;
    int findings;
    int extra;

    void add(FindingMatch match) {
      mutations++;
      outcomes += match.outcomes().size();
      missed += match.missed().size();
      matched += match.outcomes().size() - match.missed().size();
      findings += match.findings().size();
      extra += match.extra().size();
    }

    void addAll(Tally other) {
      mutations += other.mutations;
      outcomes += other.outcomes;
      matched += other.matched;
      missed += other.missed;
      findings += other.findings;
      extra += other.extra;
    }
  }

  private static void printSummary(Map<String, Tally> tallies, OracleRuns.Results results, long checkMillis) {
    StringBuilder out = new StringBuilder(String.format(
        "runtime oracle: runtime %d ms (shared with the self-test), checker %d ms%n", results.millis(), checkMillis));
    out.append(String.format("%-12s %9s %9s %8s %7s %9s %6s%n", "kind", "mutations", "runtime", "matched", "missed",
        "findings", "extra"));
    Tally total = new Tally();
    tallies.forEach((kind, t) -> {
      out.append(row(kind, t));
      total.addAll(t);
    });
    out.append(row("TOTAL", total));
    System.out.print(out);
  }

  private static String row(String kind, Tally t) {
    return String.format("%-12s %9d %9d %8d %7d %9d %6d%n", kind, t.mutations, t.outcomes, t.matched, t.missed,
        t.findings, t.extra);
  }
}
