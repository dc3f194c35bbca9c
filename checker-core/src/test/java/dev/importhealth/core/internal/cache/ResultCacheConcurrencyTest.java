package dev.importhealth.core.internal.cache;

import static dev.importhealth.core.internal.cache.ResultCacheTest.FINGERPRINT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.importhealth.core.engine.AnalysisResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs that share a cache directory: a reader sees one whole result or none, never a mixture. */
class ResultCacheConcurrencyTest {

  private static final int WRITERS = 4;
  private static final int READERS = 4;
  private static final int WRITES_EACH = 60;

  @TempDir Path cache;

  @Test
  void concurrentWritersNeverLeaveAFileAReaderCannotTrust() throws Exception {
    List<AnalysisResult> written = new ArrayList<>();
    for (int i = 0; i < WRITERS; i++) {
      written.add(ResultCacheTest.richResult(i));
    }
    Queue<String> wrong = new ConcurrentLinkedQueue<>();
    AtomicBoolean writing = new AtomicBoolean(true);
    AtomicInteger hits = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(WRITERS + READERS);
    try {
      List<Future<?>> writers = new ArrayList<>();
      for (AnalysisResult result : written) {
        writers.add(pool.submit(() -> {
          start.await();
          for (int i = 0; i < WRITES_EACH; i++) {
            ResultCache.write(cache, FINGERPRINT, result).ifPresent(why -> wrong.add("write failed: " + why));
          }
          return null;
        }));
      }
      List<Future<?>> readers = new ArrayList<>();
      for (int r = 0; r < READERS; r++) {
        readers.add(pool.submit(() -> {
          start.await();
          while (writing.get()) {
            ResultCache.Lookup lookup = ResultCache.read(cache, FINGERPRINT);
            if (lookup.result().isPresent()) {
              hits.incrementAndGet();
              if (!written.contains(lookup.result().get())) {
                wrong.add("read a result nobody wrote");
              }
            } else if (!lookup.reason().equals("no cache")) {
              wrong.add("missed: " + lookup.reason());
            }
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> writer : writers) {
        writer.get(60, TimeUnit.SECONDS);
      }
      writing.set(false);
      for (Future<?> reader : readers) {
        reader.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(wrong).isEmpty();
    assertThat(hits).hasPositiveValue();
    assertThat(written).contains(ResultCache.read(cache, FINGERPRINT).result().orElseThrow());
    assertThat(leftovers()).containsOnly(ResultCache.FILE_NAME, ".gitignore");
  }

  private List<String> leftovers() throws IOException {
    try (Stream<Path> files = Files.list(cache)) {
      return files.map(file -> file.getFileName().toString()).toList();
    }
  }
}
