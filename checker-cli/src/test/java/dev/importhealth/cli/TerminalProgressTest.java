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
  void aMessageErasesTheLineAndTheLineComesBackBelowIt() throws InterruptedException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    try (TerminalProgress progress = TerminalProgress.start(true, err, Duration.ZERO)) {
      progress.progress("a1b2c3d parsing", 1, 4);
      Thread.sleep(300);
      progress.println("import-health: skipping a1b2c3d: no such class");
      Thread.sleep(300);
    }

    String drawn = bytes.toString(StandardCharsets.UTF_8);
    assertThat(drawn).containsPattern("1/4 files\r +\rimport-health: skipping a1b2c3d: no such class\n\r");
    String afterMessage = drawn.substring(drawn.indexOf('\n'));
    assertThat(afterMessage).as("drawn again below the message").contains("a1b2c3d parsing");
  }

  @Test
  void aMessageOffATerminalIsJustALine() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    try (TerminalProgress progress = TerminalProgress.start(false, err, Duration.ZERO)) {
      progress.progress("parsing", 1, 4);
      progress.println("import-health: skipping a1b2c3d");
    }

    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("import-health: skipping a1b2c3d" + System.lineSeparator());
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

  @Test
  void fixAndSsotReportOffATerminalPrintNoProgressEither() {
    Cli.Run fix = Cli.run("fix", "--dry-run", TestDirs.testdata("clean-sample").toString());
    Cli.Run ssot = Cli.run("ssot", "report", TestDirs.testdata("ssot-sample").toString());

    assertThat(fix.exitCode()).as("%s", fix).isZero();
    assertThat(fix.err()).doesNotContain("\r").doesNotContain("parsing").contains("would apply 0 fixes");
    assertThat(ssot.exitCode()).as("%s", ssot).isZero();
    assertThat(ssot.err()).doesNotContain("\r").doesNotContain("inspecting");
  }
}
