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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full check whose inputs did not change is answered from the cache, with the same findings;
 * any edit, to a Java file or to the build, makes the next check a real one.
 */
class ResultReuseTest {

  @TempDir Path project;
  private final Engine engine = new Engine(BuiltInRules.all());

  @Test
  void anUnchangedProjectIsAnsweredFromTheCacheUntilSomethingChanges() throws Exception {
    TestData.copy("sample-multimodule", project);
    settle();
    AnalysisResult cold = check();
    assertThat(cold.findings()).hasSize(24);
    assertThat(cold.timings()).doesNotContainKey("result from cache");

    AnalysisResult warm = check();

    assertThat(warm.timings()).containsKey("result from cache");
    assertThat(warm.findings()).isEqualTo(cold.findings());
    assertThat(warm.notices()).isEqualTo(cold.notices());
    assertThat(warm.checksums()).isEqualTo(cold.checksums());

    Path java;
    try (Stream<Path> files = Files.walk(project)) {
      java = files.filter(p -> p.toString().endsWith(".java") && !p.toString().contains("/test/")).sorted()
          .findFirst().orElseThrow();
    }
    Files.writeString(java, Files.readString(java) + "\nclass AddedAfterTheFact { Missing field; }\n");
    settle();
    AnalysisResult afterJavaEdit = check();
    assertThat(afterJavaEdit.timings()).doesNotContainKey("result from cache");
    assertThat(afterJavaEdit.findings()).hasSize(25);
    assertThat(check().timings()).containsKey("result from cache");

    Path pom = project.resolve("pom.xml");
    Files.writeString(pom, Files.readString(pom) + "\n<!-- edited -->\n");
    assertThat(check().timings()).doesNotContainKey("result from cache");
  }

  private AnalysisResult check() throws Exception {
    return engine.check(new CheckRequest(project, List.of(), Optional.empty(), List.of(), 2)
        .withCache(CheckRequest.DEFAULT_CACHE));
  }

  /**
   * Lets the last edit grow older than the file system's clock tick: a result is kept only for
   * inputs that cannot change again without their time stamps showing it.
   */
  private static void settle() throws InterruptedException {
    Thread.sleep(2_200); // Fingerprint.SETTLING is 2 s
  }
}
