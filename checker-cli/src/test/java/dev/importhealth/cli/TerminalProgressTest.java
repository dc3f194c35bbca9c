package dev.importhealth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The progress line, drawn only on a terminal and erased at the end. */
class TerminalProgressTest {

  @Test
  void lineShowsThePhaseTheBarAndTheCount() {
    assertThat(TerminalProgress.line("parsing", 0, 400, 10))
        .isEqualTo("import-health: parsing       [..........]   0/400 files");
    assertThat(TerminalProgress.line("parsing", 120, 400, 10))
        .isEqualTo("import-health: parsing       [###.......] 120/400 files");
    assertThat(TerminalProgress.line("checking", 7, 7, 10))
        .isEqualTo("import-health: checking      [##########] 7/7 files");
    assertThat(TerminalProgress.line("checking", 9, 7, 10)).as("never past the end").endsWith("[##########] 7/7 files");
    assertThat(TerminalProgress.line("indexing", 0, 0, 10)).isEqualTo("import-health: indexing ...");
  }

  @Test
  void drawsInPlaceOnATerminalAndErasesTheLineAtTheEnd() throws InterruptedException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    try (TerminalProgress progress = TerminalProgress.start(true, err, Duration.ZERO)) {
      progress.progress("parsing", 0, 4);
      progress.progress("parsing", 3, 4);
      progress.progress("parsing", 2, 4); // a slower thread finishing late
      Thread.sleep(300);
    }

    String drawn = bytes.toString(StandardCharsets.UTF_8);
    assertThat(drawn).startsWith("\r").contains("parsing").contains("3/4 files").doesNotContain("2/4").doesNotContain("\n");
    String last = drawn.substring(drawn.lastIndexOf('\r', drawn.length() - 2));
    assertThat(last).as("the line is blanked").matches("\r +\r");
  }

  @Test
  void printsNothingWhenNotOnATerminal() throws InterruptedException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    try (TerminalProgress progress = TerminalProgress.start(false, err, Duration.ZERO)) {
      progress.progress("parsing", 1, 4);
      Thread.sleep(200);
    }

    assertThat(bytes.size()).isZero();
  }

  @Test
  void aCheckWhoseOutputIsNotATerminalPrintsNoProgress() {
    Cli.Run run = Cli.run("check", TestDirs.testdata("clean-sample").toString());

    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.err()).doesNotContain("\r").doesNotContain("parsing");
  }
}
