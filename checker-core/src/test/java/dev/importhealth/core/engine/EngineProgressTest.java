package dev.importhealth.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.importhealth.core.config.ConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the engine tells a {@link ProgressListener}: each phase in order, and every file counted once. */
class EngineProgressTest {

  @TempDir Path root;

  record Event(String phase, int done, int total) {}

  private void writeFiles(int count) throws IOException {
    for (int i = 0; i < count; i++) {
      Path file = root.resolve("src/p/C" + i + ".java");
      Files.createDirectories(file.getParent());
      Files.writeString(file, "package p;\nclass C" + i + " {}\n");
    }
  }

  @Test
  void reportsEachPhaseAndCountsEveryFile() throws IOException, ConfigException {
    writeFiles(5);
    ConcurrentLinkedQueue<Event> events = new ConcurrentLinkedQueue<>();

    new Engine(List.of()).check(new CheckRequest(root, List.of(root.resolve("src/p/C0.java")), Optional.empty(),
        List.of(), 2), (phase, done, total) -> events.add(new Event(phase, done, total)));

    assertThat(events.stream().map(Event::phase).distinct()).containsExactly("parsing", "indexing", "checking");
    assertThat(events).filteredOn(e -> e.phase().equals("parsing"))
        .allMatch(e -> e.total() == 5)
        .extracting(Event::done).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5);
    assertThat(events).filteredOn(e -> e.phase().equals("checking")).extracting(Event::done, Event::total)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(0, 1), org.assertj.core.groups.Tuple.tuple(1, 1));
  }

  @Test
  void anInspectionReportsParsingIndexingThenInspecting() throws IOException, ConfigException {
    writeFiles(3);
    ConcurrentLinkedQueue<Event> events = new ConcurrentLinkedQueue<>();

    int files = new Engine(List.of()).inspect(CheckRequest.of(root),
        (phase, done, total) -> events.add(new Event(phase, done, total)), context -> {
          events.add(new Event("inspection ran", 0, 0));
          return context.files().size();
        });

    assertThat(files).isEqualTo(3);
    assertThat(events.stream().map(Event::phase).distinct())
        .containsExactly("parsing", "indexing", "inspecting", "inspection ran");
    assertThat(events).filteredOn(e -> e.phase().equals("parsing"))
        .extracting(Event::done).containsExactlyInAnyOrder(0, 1, 2, 3);
  }
}
