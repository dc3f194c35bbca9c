package dev.importhealth.rules.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.importhealth.core.api.Finding;
import dev.importhealth.core.engine.AnalysisResult;
import dev.importhealth.core.engine.CheckRequest;
import dev.importhealth.core.engine.Engine;
import dev.importhealth.rules.BuiltInRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The summary cache never changes an answer: after each kind of edit (and with a damaged cache)
 * a check of one file with the cache reports exactly what a check without it reports, and the
 * files the run did not need come from the cache only when their text is the cached one.
 */
class SummaryCacheTest {

  @TempDir Path root;
  private final Engine engine = new Engine(BuiltInRules.all());

  @BeforeEach
  void project() throws IOException {
    // a configuration makes the directory a project of its own, which is where a cache may go
    write("import-health.yaml", "rules: {}\n");
    write("src/main/java/p/Users.java", """
        package p;
        public class Users {
          public static String createTestUserWithToken(String name) { return name; }
        }
        """);
    write("src/main/java/p/Caller.java", """
        package p;
        class Caller {
          String user() { return Users.createTestUserWithToken("ada"); }
        }
        """);
    write("src/main/java/p/Bystander.java", """
        package p;
        class Bystander {
          int size() { return 1; }
        }
        """);
  }

  @Test
  void aWarmCacheServesTheFilesTheRunDoesNotReportOn() throws Exception {
    assertThat(check("Caller.java", true).timings()).containsEntry("files from cache", 0L);

    AnalysisResult warm = check("Caller.java", true);

    assertThat(warm.findings()).isEmpty();
    assertThat(warm.timings()).containsEntry("files from cache", 2L);
  }

  @Test
  void anEditedFileIsReadAgainAndBreaksItsCaller() throws Exception {
    check("Caller.java", true);
    write("src/main/java/p/Users.java", """
        package p;
        public class Users {
          public static String createTestUserWithAuth(String name) { return name; }
        }
        """);

    AnalysisResult warm = check("Caller.java", true);

    assertThat(warm.timings()).containsEntry("files from cache", 1L);
    assertThat(warm.findings()).singleElement().satisfies(finding -> {
      assertThat(finding.message()).contains("createTestUserWithToken");
      assertThat(finding.suggestions()).contains("createTestUserWithAuth(String)");
    });
    assertSameAsWithoutCache("Caller.java", warm);
  }

  @Test
  void aDeletedFileIsGone() throws Exception {
    check("Caller.java", true);
    Files.delete(root.resolve("src/main/java/p/Users.java"));

    AnalysisResult warm = check("Caller.java", true);

    assertThat(warm.findings()).extracting(Finding::ruleId).isNotEmpty();
    assertSameAsWithoutCache("Caller.java", warm);
  }

  @Test
  void aRenamedFileDeclaresItsNewName() throws Exception {
    check("Caller.java", true);
    Files.delete(root.resolve("src/main/java/p/Users.java"));
    write("src/main/java/p/Accounts.java", """
        package p;
        public class Accounts {
          public static String createTestUserWithToken(String name) { return name; }
        }
        """);

    AnalysisResult warm = check("Caller.java", true);

    assertThat(warm.findings()).singleElement().satisfies(f -> assertThat(f.message()).contains("Users"));
    assertSameAsWithoutCache("Caller.java", warm);
  }

  @Test
  void anAddedFileResolvesWhatWasMissing() throws Exception {
    write("src/main/java/p/Caller.java", """
        package p;
        class Caller {
          String user() { return Helper.name(); }
        }
        """);
    assertThat(check("Caller.java", true).findings()).isNotEmpty();
    write("src/main/java/p/Helper.java", """
        package p;
        public class Helper { public static String name() { return "x"; } }
        """);

    AnalysisResult warm = check("Caller.java", true);

    assertThat(warm.findings()).isEmpty();
    assertSameAsWithoutCache("Caller.java", warm);
  }

  @Test
  void aCorruptOrTruncatedCacheIsDiscardedAndRebuilt() throws Exception {
    check("Caller.java", true);
    Path cache = root.resolve(".import-health/cache/summaries.bin");
    byte[] good = Files.readAllBytes(cache);
    List<byte[]> damaged = List.of(java.util.Arrays.copyOf(good, good.length / 2), flipped(good, good.length / 2),
        "not a cache at all".getBytes(), new byte[0]);
    for (byte[] bad : damaged) {
      Files.write(cache, bad);

      AnalysisResult afterDamage = check("Caller.java", true);

      assertThat(afterDamage.timings()).containsEntry("files from cache", 0L);
      assertSameAsWithoutCache("Caller.java", afterDamage);
      assertThat(check("Caller.java", true).timings()).as("rebuilt").containsEntry("files from cache", 2L);
    }
  }

  @Test
  void aLoneDirectoryOfSourcesGetsNoCacheWrittenIntoIt() throws Exception {
    Files.delete(root.resolve("import-health.yaml"));

    AnalysisResult result = check("Caller.java", true);

    assertThat(result.timings()).containsEntry("files from cache", 0L);
    try (var left = Files.walk(root)) {
      assertThat(left.map(p -> p.getFileName().toString())).doesNotContain(".import-health", "summaries.bin");
    }
  }

  @Test
  void concurrentRunsAgreeAndLeaveAValidCache() throws Exception {
    List<Finding> expected = check("Caller.java", false).findings();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<AnalysisResult>> runs = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        String file = i % 2 == 0 ? "Caller.java" : "Bystander.java";
        runs.add(pool.submit(() -> check(file, true)));
      }
      for (int i = 0; i < runs.size(); i++) {
        AnalysisResult result = runs.get(i).get(120, TimeUnit.SECONDS);
        assertThat(result.findings()).isEqualTo(i % 2 == 0 ? expected : List.of());
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(check("Caller.java", true).timings()).containsEntry("files from cache", 2L);
  }

  private void assertSameAsWithoutCache(String file, AnalysisResult cached) throws Exception {
    AnalysisResult cold = check(file, false);
    assertThat(cached.findings()).isEqualTo(cold.findings());
    assertThat(cached.notices()).isEqualTo(cold.notices());
  }

  /** A check of one file, the cache's whole-result entry taken out of the picture: the summaries are under test. */
  private AnalysisResult check(String file, boolean cache) throws Exception {
    Files.deleteIfExists(root.resolve(".import-health/cache/result.cache"));
    CheckRequest request = new CheckRequest(root, List.of(root.resolve("src/main/java/p/" + file)), Optional.empty(),
        List.of(), 2);
    return engine.check(cache ? request.withCache(CheckRequest.DEFAULT_CACHE) : request);
  }

  private void write(String relative, String text) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private static byte[] flipped(byte[] bytes, int at) {
    byte[] copy = bytes.clone();
    copy[at] ^= 0x01;
    return copy;
  }
}
