package dev.importhealth.core.internal.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The summary file is trusted only when every byte is as this version of this project wrote it. */
class SummaryStoreTest {

  @TempDir Path directory;
  private final Path project = Path.of("/work/project");

  private SummaryStore store(String version) {
    return new SummaryStore(directory.resolve("cache"), version, project);
  }

  private static Map<String, SummaryStore.Entry> entries(int count) {
    Map<String, SummaryStore.Entry> entries = new java.util.HashMap<>();
    for (int i = 0; i < count; i++) {
      entries.put("src/p/C" + i + ".java", new SummaryStore.Entry(new byte[] {(byte) i, 2, 3}, ("payload" + i).getBytes()));
    }
    return entries;
  }

  @Test
  void readsWhatItWrote() throws IOException {
    assertThat(store("1").write(entries(3))).isEmpty();

    SummaryStore.Loaded loaded = store("1").read();

    assertThat(loaded.entries()).containsOnlyKeys("src/p/C0.java", "src/p/C1.java", "src/p/C2.java");
    assertThat(loaded.entries().get("src/p/C2.java").payload()).isEqualTo("payload2".getBytes());
    assertThat(loaded.entries().get("src/p/C2.java").contentHash()).containsExactly(2, 2, 3);
    assertThat(Files.readString(directory.resolve("cache/.gitignore"))).contains("*");
  }

  @Test
  void noCacheYet() {
    assertThat(store("1").read()).isEqualTo(new SummaryStore.Loaded(Map.of(), "no cache yet"));
  }

  @Test
  void anotherVersionsCacheIsDiscarded() {
    store("1").write(entries(3));

    SummaryStore.Loaded loaded = store("2").read();

    assertThat(loaded.entries()).isEmpty();
    assertThat(loaded.status()).contains("another version");
  }

  @Test
  void anotherProjectsCacheIsDiscarded() {
    store("1").write(entries(3));

    SummaryStore.Loaded loaded = new SummaryStore(directory.resolve("cache"), "1", Path.of("/elsewhere")).read();

    assertThat(loaded.entries()).isEmpty();
    assertThat(loaded.status()).contains("another project");
  }

  @Test
  void everyTruncationIsDetected() throws IOException {
    store("1").write(entries(4));
    Path file = store("1").file();
    byte[] whole = Files.readAllBytes(file);
    for (int length = 0; length < whole.length; length++) {
      Files.write(file, java.util.Arrays.copyOf(whole, length));

      SummaryStore.Loaded loaded = store("1").read();

      assertThat(loaded.entries()).as("cut at %d of %d bytes", length, whole.length).isEmpty();
      assertThat(loaded.status()).contains("truncated").as("cut at %d", length);
    }
  }

  @Test
  void everyFlippedByteIsDetected() throws IOException {
    store("1").write(entries(4));
    Path file = store("1").file();
    byte[] whole = Files.readAllBytes(file);
    for (int at = 0; at < whole.length; at++) {
      byte[] corrupt = whole.clone();
      corrupt[at] ^= 0x20;
      Files.write(file, corrupt);

      assertThat(store("1").read().entries()).as("byte %d flipped", at).isEmpty();
    }
  }

  @Test
  void aForeignFileIsNotTrusted() throws IOException {
    Files.createDirectories(directory.resolve("cache"));
    Files.writeString(store("1").file(), "this is some other tool's file, long enough to look like a header",
        StandardCharsets.UTF_8);

    SummaryStore.Loaded loaded = store("1").read();

    assertThat(loaded.entries()).isEmpty();
    assertThat(loaded.status()).contains("not an import-health cache");
  }

  @Test
  void aCacheThatCannotBeWrittenIsReportedNotThrown() throws IOException {
    Path blocked = directory.resolve("file-not-directory");
    Files.writeString(blocked, "x");

    assertThat(new SummaryStore(blocked.resolve("cache"), "1", project).write(entries(1))).get().asString()
        .contains("could not be written");
  }

  @Test
  void concurrentWritersNeverLeaveAHalfFile() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> work = new ArrayList<>();
      for (int writer = 0; writer < 3; writer++) {
        int size = 50 + writer * 100;
        work.add(pool.submit(() -> {
          for (int i = 0; i < 30; i++) {
            assertThat(store("1").write(entries(size))).isEmpty();
          }
        }));
      }
      work.add(pool.submit(() -> {
        for (int i = 0; i < 200; i++) {
          SummaryStore.Loaded loaded = store("1").read();
          // a reader sees nothing yet, or one writer's whole file
          assertThat(loaded.entries().size()).isIn(0, 50, 150, 250);
          assertThat(loaded.status()).isIn("no cache yet", "read 50 summaries", "read 150 summaries",
              "read 250 summaries");
        }
      }));
      for (Future<?> future : work) {
        future.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(store("1").read().entries().size()).isIn(50, 150, 250);
    try (var left = Files.list(directory.resolve("cache"))) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(".gitignore", "summaries.bin");
    }
  }
}
