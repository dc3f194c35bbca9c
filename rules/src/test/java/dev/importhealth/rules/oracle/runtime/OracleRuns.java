package dev.importhealth.rules.oracle.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * The runtime results of the unmutated fixture and of every mutation, computed once per JVM and
 * shared by the self-test and the checker comparison: running the frameworks is the slow part.
 * The mutated project copies stay on disk until the JVM exits, for the checker to read.
 */
final class OracleRuns {

  /** One mutation: its mutated project copy, what the runtime did, and how that classifies. */
  record MutationRun(RuntimeMutation mutation, Path project, RuntimeRun run, Outcomes outcomes) {}

  record Results(Path baselineProject, RuntimeRun baseline, List<MutationRun> mutations, long millis) {}

  private static Results results;

  private OracleRuns() {}

  static synchronized Results get() {
    if (results == null) {
      results = compute();
    }
    return results;
  }

  private static Results compute() {
    long start = System.nanoTime();
    Path work = workDirectory();
    Path baselineProject = FixtureProject.copyTo(work.resolve("baseline/project"));
    Path baselineClasses = RuntimeOracle.compile(baselineProject, work.resolve("baseline"));
    RuntimeRun baseline = RuntimeOracle.execute(baselineProject, baselineClasses);
    List<RuntimeMutation> mutations = FixtureMutations.all();
    // Each run has its own class loader and directories, so they can share the cores.
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())));
    try {
      List<Future<MutationRun>> futures = new ArrayList<>();
      for (int i = 0; i < mutations.size(); i++) {
        RuntimeMutation mutation = mutations.get(i);
        Path dir = work.resolve("m" + i);
        futures.add(pool.submit(() -> {
          Path project = FixtureProject.copyTo(dir.resolve("project"));
          mutation.applyTo(project);
          RuntimeRun run = RuntimeOracle.execute(project,
              RuntimeOracle.recompile(project, baselineClasses, mutation.file(), dir));
          deleteTree(dir.resolve("test-classes"));
          return new MutationRun(mutation, project, run, Outcomes.between(baseline, run));
        }));
      }
      List<MutationRun> runs = new ArrayList<>();
      for (int i = 0; i < futures.size(); i++) {
        try {
          runs.add(futures.get(i).get());
        } catch (ExecutionException e) {
          throw new IllegalStateException("mutation " + mutations.get(i) + " could not be run", e.getCause());
        }
      }
      return new Results(baselineProject, baseline, runs, (System.nanoTime() - start) / 1_000_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } finally {
      pool.shutdownNow();
    }
  }

  private static Path workDirectory() {
    try {
      Path work = Files.createTempDirectory("runtime-oracle");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(work)));
      return work;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
