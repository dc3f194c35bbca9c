package dev.importhealth.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.importhealth.core.api.FileRegion;
import dev.importhealth.core.api.Finding;
import dev.importhealth.core.api.Severity;
import dev.importhealth.core.engine.AnalysisResult;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextReporterTest {

  @TempDir Path root;

  @Test
  void printsFindingsThenNoticesThenSummary() throws IOException {
    String text = text(ReportFixtures.result(root), ReportFixtures.context(root));

    assertThat(text).isEqualTo("""
        src/main/java/com/example/App.java:3:8: error: Import of 'com.example.util.Strings' \
        cannot be resolved; the closest match is 'com.example.text.Strings'. [IH101]
        src/main/java/com/example/App.java:4:8: error: Type 'com.example.old.Helper' moved to \
        'com.example.common.Helper'. [IH105]
        src/main/java/com/example/App.java:5:1: warning: Import 'java.util.List' is never used. \
        [IH201]
        src/main/java/com/example/größe/Maß Tabelle.java:3:8: error: Import of \
        'com.example.legacy.Units' cannot be resolved. [IH101]
        src/main/java/com/example/größe/Maß Tabelle.java:6:14: note: Class \
        'com.example.größe.Maß' duplicates 'com.example.Maß'. [IH301]
        src/main/java/com/example/Broken.java:4:10: note: File could not be parsed: ')' \
        expected. [IH901]
        note: 12 references into 'lib/vendor.jar' could not be checked. [IH902]
        3 errors, 1 warning, 1 note in 2 files (IH101 x2, IH105 x1, IH201 x1, IH301 x1)
        """);
  }

  @Test
  void printsPathsRelativeToTheWorkingDirectory() throws IOException {
    Path workingDirectory = root.resolve("src/main/java");
    ReportContext context = new ReportContext(workingDirectory, root, false, "1.0.0");

    String text = text(ReportFixtures.result(root), context);

    assertThat(text).startsWith("com/example/App.java:3:8: error: ");
  }

  @Test
  void printsAbsolutePathsOutsideTheWorkingDirectory(@TempDir Path elsewhere) throws IOException {
    ReportContext context = new ReportContext(elsewhere, root, false, "1.0.0");

    String text = text(ReportFixtures.result(root), context);

    assertThat(text).startsWith(root.resolve(ReportFixtures.APP) + ":3:8: error: ");
  }

  @Test
  void printsBytecodeFindingsByClassAndMember() throws IOException {
    AnalysisResult result = ReportFixtures.withFindings(
        ReportFixtures.result(root), List.of(ReportFixtures.bytecodeFinding()));

    String text = text(result, ReportFixtures.context(root));

    assertThat(text).startsWith("com.example.Runner#run: error: Method 'run' refers to"
        + " 'com.example.old.Helper', which moved to 'com.example.common.Helper'. [IH105]\n");
    assertThat(text).endsWith("1 error in 1 file (IH105 x1)\n");
  }

  @Test
  void saysSoWhenThereAreNoProblems() throws IOException {
    AnalysisResult result = ReportFixtures.withFindings(ReportFixtures.result(root), List.of());
    AnalysisResult clean = new AnalysisResult(root, result.rules(),
        result.configuredSeverities(), List.of(), List.of(), 1, result.timings());

    assertThat(text(result, ReportFixtures.context(root)))
        .endsWith("could not be checked. [IH902]\nNo problems found in 3 files.\n");
    assertThat(text(clean, ReportFixtures.context(root))).isEqualTo("No problems found in 1 file.\n");
  }

  @Test
  void summarisesCountsPerSeverityAndRule() {
    Path a = root.resolve("A.java");
    Path b = root.resolve("B.java");
    List<Finding> findings = List.of(
        new Finding("IH105", Severity.ERROR, "x.", FileRegion.at(a, 1, 1), List.of()),
        new Finding("IH105", Severity.ERROR, "y.", FileRegion.at(a, 2, 1), List.of()),
        new Finding("IH105", Severity.ERROR, "z.", FileRegion.at(b, 1, 1), List.of()),
        new Finding("IH101", Severity.WARNING, "w.", FileRegion.at(b, 3, 1), List.of()));

    assertThat(TextReporter.summary(findings, 10, 0))
        .isEqualTo("3 errors, 1 warning in 2 files (IH101 x1, IH105 x3)");
  }

  @Test
  void summarySaysHowManyFindingsSuppressionsRemoved() throws IOException {
    AnalysisResult result = ReportFixtures.result(root);
    AnalysisResult withSuppressed = suppressed(result, result.findings(), 3);
    AnalysisResult cleanBySuppression = suppressed(result, List.of(), 1);

    assertThat(text(withSuppressed, ReportFixtures.context(root)))
        .endsWith("\n3 errors, 1 warning, 1 note in 2 files (IH101 x2, IH105 x1, IH201 x1, IH301 x1); 3 suppressed\n");
    assertThat(text(cleanBySuppression, ReportFixtures.context(root)))
        .endsWith("\nNo problems found in 3 files; 1 suppressed.\n");
    assertThat(text(result, ReportFixtures.context(root))).as("nothing suppressed, nothing said")
        .doesNotContain("suppressed");
  }

  @Test
  void coloursOnlyWhenAsked() throws IOException {
    AnalysisResult result = ReportFixtures.result(root);
    ReportContext colour = new ReportContext(root, root, true, "1.0.0");

    String plain = text(result, ReportFixtures.context(root));
    String coloured = text(result, colour);

    assertThat(plain).doesNotContain("\u001B");
    assertThat(coloured)
        .contains("\u001B[1msrc/main/java/com/example/App.java:3:8:\u001B[0m ")
        .contains("\u001B[1;31merror:\u001B[0m ")
        .contains("\u001B[1;33mwarning:\u001B[0m ")
        .contains("\u001B[1;36mnote:\u001B[0m ");
    assertThat(coloured.replaceAll("\u001B\\[[0-9;]*m", "")).isEqualTo(plain);
  }

  @Test
  void printsIdenticalTextForShuffledInput() throws IOException {
    AnalysisResult result = ReportFixtures.result(root);

    assertThat(text(ReportFixtures.shuffled(result, 3), ReportFixtures.context(root)))
        .isEqualTo(text(result, ReportFixtures.context(root)));
  }

  private static AnalysisResult suppressed(AnalysisResult result, List<Finding> findings, int suppressed) {
    return new AnalysisResult(result.projectRoot(), result.rules(), result.configuredSeverities(), findings,
        result.notices(), result.filesAnalysed(), result.timings(), result.checksums(), suppressed);
  }

  private static String text(AnalysisResult result, ReportContext context) throws IOException {
    StringWriter out = new StringWriter();
    new TextReporter().write(result, context, out);
    return out.toString();
  }
}
