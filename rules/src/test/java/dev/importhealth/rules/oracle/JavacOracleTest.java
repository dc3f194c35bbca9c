package dev.importhealth.rules.oracle;

import dev.importhealth.rules.testing.TestData;
import static org.assertj.core.api.Assertions.assertThat;

import dev.importhealth.core.api.Finding;
import dev.importhealth.core.engine.CheckRequest;
import dev.importhealth.core.engine.Engine;
import dev.importhealth.rules.BuiltInRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * javac as the oracle. Generated breaking changes to {@code testdata/oracle-sample} (deleted
 * classes and packages, renamed types, methods, fields and constants, removed parameters) are
 * each compiled with the system Java compiler and checked with import-health, and the two must
 * agree: every javac error about a missing name has a finding on its line or on the import that
 * causes it, and every finding is on a line javac rejects. On the unmutated sample both are silent.
 */
class JavacOracleTest {

  /**
   * Mutations whose mismatch is a known import-health bug, by mutation id, with the bug. Only
   * these instances are excluded; every other mutation of the same kind is still checked, and an
   * entry that starts to agree fails the test, so the list only ever names live bugs.
   */
  private static final Map<String, String> KNOWN_GAPS = Map.of();

  private static final String SOURCES = "src/main/java";

  @TempDir
  Path work;

  @Test
  void unmutatedSampleCompilesAndHasNoFindings() throws Exception {
    Path copy = copySample(work.resolve("unmutated"));
    assertThat(JavacOracle.compile(copy, copy.resolve(SOURCES), work.resolve("unmutated-classes")))
        .as("javac errors on the unmutated sample").isEmpty();
    assertThat(check(copy)).as("import-health findings on the unmutated sample").isEmpty();
  }

  @Test
  void javacAndImportHealthAgreeOnEveryMutation() throws Exception {
    long start = System.nanoTime();
    List<Mutation> mutations = MutationGenerator.generate(sample(), SOURCES);
    assertThat(mutations).as("generated mutations").hasSizeGreaterThanOrEqualTo(60);
    assertThat(mutations.stream().map(Mutation::id).distinct().count()).as("distinct ids").isEqualTo(mutations.size());
    assertThat(KNOWN_GAPS.keySet()).as("known gaps name generated mutations")
        .isSubsetOf(mutations.stream().map(Mutation::id).toList());

    // Each mutation is independent: run them on up to four cores, then tally in generation order.
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(4, Runtime.getRuntime().availableProcessors()));
    List<Future<Optional<Comparison.Result>>> outcomes = new ArrayList<>();
    try {
      for (int i = 0; i < mutations.size(); i++) {
        Mutation mutation = mutations.get(i);
        Path dir = work.resolve("m" + i);
        outcomes.add(pool.submit(() -> run(mutation, dir)));
      }
      Map<MutationKind, Tally> tallies = new EnumMap<>(MutationKind.class);
      Map<String, Integer> notCoveredByKind = new TreeMap<>();
      List<String> problems = new ArrayList<>();
      for (int i = 0; i < mutations.size(); i++) {
        Mutation mutation = mutations.get(i);
        Optional<Comparison.Result> outcome = outcomes.get(i).get();
        Tally tally = tallies.computeIfAbsent(mutation.kind(), k -> new Tally());
        tally.mutations++;
        if (outcome.isEmpty()) {
          tally.skipped++;
          continue;
        }
        Comparison.Result result = outcome.get();
        tally.add(result);
        result.notCovered().forEach(e -> notCoveredByKind.merge(e.kind(), 1, Integer::sum));
        if (Boolean.getBoolean("oracle.verbose")) { // -Doracle.verbose=true: what the allow-list excuses
          result.notCovered().forEach(e -> System.out.println(mutation + ": not covered: " + e));
        }
        List<String> disagreements = describe(mutation, result);
        if (!KNOWN_GAPS.containsKey(mutation.id())) {
          problems.addAll(disagreements);
        } else if (disagreements.isEmpty()) {
          problems.add(mutation + ": listed in KNOWN_GAPS but javac and import-health agree; remove it");
        } else {
          tally.knownGaps++;
        }
      }
      printSummary(tallies, notCoveredByKind, (System.nanoTime() - start) / 1_000_000_000);
      assertThat(problems).as("disagreements between javac and import-health").isEmpty();
    } finally {
      pool.shutdownNow();
    }
  }

  /** Applies one mutation to a fresh copy; empty when javac accepts the result (nothing to compare). */
  private static Optional<Comparison.Result> run(Mutation mutation, Path dir) throws Exception {
    Path copy = copySample(dir.resolve("project"));
    mutation.applyTo(copy);
    List<JavacError> errors = JavacOracle.compile(copy, copy.resolve(SOURCES), dir.resolve("classes"));
    Optional<Comparison.Result> result = errors.isEmpty()
        ? Optional.empty()
        : Optional.of(Comparison.compare(copy, errors, check(copy)));
    Mutation.deleteTree(dir);
    return result;
  }

  private static List<String> describe(Mutation mutation, Comparison.Result result) {
    List<String> problems = new ArrayList<>();
    result.unclassified().forEach(e -> problems.add(mutation + ": javac error of unclassified kind: " + e));
    result.missed().forEach(e -> problems.add(mutation + ": no finding for javac error " + e));
    result.falsePositives().forEach(f -> problems.add(mutation + ": finding on a line javac accepts: " + f));
    return problems;
  }

  /** Per mutation kind: how many mutations, javac errors and findings, and how they matched. */
  private static final class Tally {
    int mutations;
    int skipped;
    int knownGaps;
    int errors;
    int inScope;
    int matched;
    int notCovered;
    int findings;
    int falsePositives;

    void addAll(Tally other) {
      mutations += other.mutations;
      skipped += other.skipped;
      knownGaps += other.knownGaps;
      errors += other.errors;
      inScope += other.inScope;
      matched += other.matched;
      notCovered += other.notCovered;
      findings += other.findings;
      falsePositives += other.falsePositives;
    }

    void add(Comparison.Result result) {
      int all = result.inScope().size() + result.notCovered().size() + result.unclassified().size();
      errors += all;
      inScope += result.inScope().size();
      matched += result.inScope().size() - result.missed().size();
      notCovered += result.notCovered().size();
      findings += result.findings().size();
      falsePositives += result.falsePositives().size();
    }
  }

  private static void printSummary(Map<MutationKind, Tally> tallies, Map<String, Integer> notCovered, long seconds) {
    StringBuilder out = new StringBuilder("javac oracle: " + seconds + " s\n");
    out.append(String.format("%-24s %5s %5s %5s %7s %7s %7s %7s %8s %6s%n", "kind", "muts", "no-err", "gaps",
        "errors", "inScope", "matched", "notCov", "findings", "falseP"));
    Tally total = new Tally();
    tallies.forEach((kind, t) -> {
      out.append(row(kind.name(), t));
      total.addAll(t);
    });
    out.append(row("TOTAL", total));
    out.append("javac errors not covered by import-health, by kind:\n");
    notCovered.forEach((kind, count) -> out.append(String.format("  %5d  %s%n", count, kind)));
    out.append("known gaps (mutations excluded for a known bug):\n");
    new TreeMap<>(KNOWN_GAPS).forEach((id, bug) -> out.append("  ").append(id).append(": ").append(bug).append('\n'));
    System.out.print(out);
  }

  private static String row(String name, Tally t) {
    return String.format("%-24s %5d %5d %5d %7d %7d %7d %7d %8d %6d%n", name, t.mutations, t.skipped, t.knownGaps,
        t.errors, t.inScope, t.matched, t.notCovered, t.findings, t.falsePositives);
  }

  private static List<Finding> check(Path project) throws Exception {
    CheckRequest request = new CheckRequest(project, List.of(), Optional.empty(), List.of(), 1);
    return new Engine(BuiltInRules.all()).check(request).findings();
  }

  private static Path copySample(Path target) throws IOException {
    Path sample = sample();
    try (Stream<Path> walk = Files.walk(sample)) {
      for (Path path : walk.toList()) {
        Path copy = target.resolve(sample.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(path, copy, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    return target.toRealPath();
  }

  private static Path sample() {
    return TestData.directory("oracle-sample");
  }
}
