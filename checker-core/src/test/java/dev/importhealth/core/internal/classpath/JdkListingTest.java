package dev.importhealth.core.internal.classpath;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kept listing of the JDK's classes is the walk's own answer, and a damaged one is walked again. */
class JdkListingTest {

  @TempDir Path directory;

  @Test
  void aKeptListingAnswersAsTheWalkDoes() throws Exception {
    Path file = directory.resolve("jdk-classes.txt");
    List<JdkListing.Entry> walked = JdkListing.of(Optional.empty());

    List<JdkListing.Entry> first = JdkListing.of(Optional.of(file));
    long written = Files.getLastModifiedTime(file).toMillis();
    List<JdkListing.Entry> kept = JdkListing.of(Optional.of(file));

    assertThat(walked).contains(new JdkListing.Entry("java.base", "java.util.Map$Entry"));
    assertThat(first).isEqualTo(walked);
    assertThat(kept).isEqualTo(walked);
    assertThat(Files.getLastModifiedTime(file).toMillis()).isEqualTo(written);
  }

  @Test
  void aDamagedOrForeignListingIsWalkedAgainAndReplaced() throws Exception {
    Path file = directory.resolve("jdk-classes.txt");
    List<JdkListing.Entry> walked = JdkListing.of(Optional.of(file));
    List<String> lines = Files.readAllLines(file);
    List<List<String>> damaged = List.of(
        lines.subList(0, lines.size() / 2),
        replace(lines, 5, "java.base\tjava.util.Invented"),
        replace(lines, 1, "/some/other/jdk 11.0.2 1/2"),
        List.of("not a listing"));
    for (List<String> bad : damaged) {
      Files.write(file, bad);

      assertThat(JdkListing.of(Optional.of(file))).isEqualTo(walked);
      assertThat(Files.readAllLines(file)).isEqualTo(lines);
    }
  }

  private static List<String> replace(List<String> lines, int index, String line) {
    List<String> copy = new java.util.ArrayList<>(lines);
    copy.set(index, line);
    return copy;
  }
}
