package dev.importhealth.rules.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.importhealth.core.engine.AnalysisResult;
import dev.importhealth.core.engine.CheckRequest;
import dev.importhealth.core.engine.Engine;
import dev.importhealth.rules.BuiltInRules;
import dev.importhealth.rules.testing.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The cache as an oracle against itself: for every file of every sample project, a check of that
 * file alone with a warm cache (every other file from its summary, parsed later only if needed)
 * reports exactly what a check without a cache reports.
 */
class CacheEquivalenceTest {

  private final Engine engine = new Engine(BuiltInRules.all());

  @ParameterizedTest
  @ValueSource(strings = {"sample-multimodule", "fixture-oracle", "oracle-sample", "migration-sample", "ssot-sample",
      "clean-sample"})
  void eachFileAloneAnswersAsWithoutTheCache(String name) throws Exception {
    Path project = TestData.copy(name, Files.createTempDirectory("cache-equivalence-"));
    engine.check(request(project, List.of()).withCache(CheckRequest.DEFAULT_CACHE));
    long fromCache = 0;
    List<Path> files;
    try (Stream<Path> walk = Files.walk(project)) {
      files = walk.filter(p -> p.toString().endsWith(".java") && !p.toString().contains("/target/")).sorted().toList();
    }
    assertThat(files).isNotEmpty();
    for (Path file : files) {
      AnalysisResult cold = engine.check(request(project, List.of(file)));
      AnalysisResult warm = engine.check(request(project, List.of(file)).withCache(CheckRequest.DEFAULT_CACHE));

      assertThat(warm.findings()).as(project.relativize(file).toString()).isEqualTo(cold.findings());
      assertThat(warm.notices()).as(project.relativize(file).toString()).isEqualTo(cold.notices());
      fromCache += warm.timings().get("files from cache");
      // every file but the one checked and its users (reported too: no git here to say its shape is the same) came
      // from the cache
      assertThat(warm.timings().get("files from cache") + warm.timings().get("dependents"))
          .isEqualTo(files.size() - 1L);
    }
    assertThat(fromCache).isGreaterThan((long) files.size());
  }

  private static CheckRequest request(Path project, List<Path> files) {
    return new CheckRequest(project, files, Optional.empty(), List.of(), 2);
  }
}
