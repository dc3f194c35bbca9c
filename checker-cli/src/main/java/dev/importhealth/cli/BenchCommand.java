package dev.importhealth.cli;

import dev.importhealth.core.config.ConfigException;
import dev.importhealth.core.engine.AnalysisResult;
import dev.importhealth.core.engine.CheckRequest;
import dev.importhealth.core.engine.Engine;
import dev.importhealth.rules.BuiltInRules;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code import-health bench}: runs full checks in this JVM and prints where the time goes. The
 * first run is cold (class loading, JIT); later runs show the steady state. Wall time of a whole
 * process, JVM start included, is measured outside (docs/performance.md).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Runs the full check several times and prints timings per phase and peak heap.")
final class BenchCommand implements Callable<Integer> {

  @Parameters(paramLabel = "PATH", arity = "0..1", description = "The project (default: the current directory).")
  Path path = Path.of("");

  @Option(names = {"-cp", "--classpath"}, paramLabel = "CLASSPATH", split = "${sys:path.separator}",
      description = "As for check.")
  List<Path> classpath = new ArrayList<>();

  @Option(names = "--runs", paramLabel = "N", description = "Number of runs (default: ${DEFAULT-VALUE}).")
  int runs = 5;

  @Option(names = "--threads", paramLabel = "N", description = "Parser threads (default: one per processor).")
  int threads;

  @Override
  public Integer call() throws ConfigException, IOException {
    Engine engine = new Engine(BuiltInRules.all());
    CheckRequest request = new CheckRequest(path.toAbsolutePath(), List.of(), Optional.empty(), classpath, threads);
    List<Map<String, Long>> timings = new ArrayList<>();
    int files = 0;
    int findings = 0;
    for (int run = 1; run <= runs; run++) {
      long start = System.nanoTime();
      AnalysisResult result = engine.check(request);
      Map<String, Long> phases = new LinkedHashMap<>(result.timings());
      phases.put("total", (System.nanoTime() - start) / 1_000_000);
      timings.add(phases);
      files = result.filesAnalysed();
      findings = result.findings().size();
      System.out.printf("run %d: %s%n", run, phases);
    }
    System.out.printf("files: %d, findings: %d%n", files, findings);
    System.out.printf("first run (cold JVM): %d ms%n", timings.get(0).get("total"));
    if (runs > 1) {
      for (String phase : timings.get(0).keySet()) {
        List<Long> values = timings.subList(1, timings.size()).stream().map(t -> t.get(phase)).sorted().toList();
        System.out.printf("median of warm runs, %s: %d ms%n", phase, values.get(values.size() / 2));
      }
    }
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf("peak heap used (sum of pool peaks): %d MB%n", peak / (1024 * 1024));
    return ExitCode.CLEAN.code();
  }
}
