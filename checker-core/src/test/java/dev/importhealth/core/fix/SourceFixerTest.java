package dev.importhealth.core.fix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.importhealth.core.api.FileRegion;
import dev.importhealth.core.api.Finding;
import dev.importhealth.core.api.Fix;
import dev.importhealth.core.api.Severity;
import dev.importhealth.core.api.TextEdit;
import dev.importhealth.core.engine.AnalysisResult;
import dev.importhealth.core.internal.source.SourceParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceFixerTest {

  @TempDir
  Path dir;

  private AnalysisResult resultFor(Path file, String textAsChecked, int column) throws IOException {
    Fix fix = new Fix("Rename.", List.of(new TextEdit(new FileRegion(file, 1, column, 1, column + 3), "New")));
    Finding finding = new Finding("IH201", Severity.WARNING, "moved.", FileRegion.at(file, 1, column), List.of(),
        Optional.of(fix));
    long checksum = SourceParser.checksum(textAsChecked.getBytes(StandardCharsets.UTF_8));
    return new AnalysisResult(dir, List.of(), Map.of(), List.of(finding), List.of(), 1, Map.of(), Map.of(file, checksum));
  }

  @Test
  void appliesTheFixesAndReplacesTheFileKeepingItsPermissions() throws Exception {
    Path file = dir.resolve("A.java");
    Files.writeString(file, "Old x;\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-x---"));

    SourceFixer.Plan plan = SourceFixer.plan(resultFor(file, "Old x;\n", 1));
    SourceFixer.write(plan.changes().get(0));

    assertThat(plan.refusals()).isEmpty();
    assertThat(Files.readString(file)).isEqualTo("New x;\n");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rwxr-x---");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).as("no temporary file left").containsExactly("A.java");
    }
    assertThat(SourceFixer.diff(plan.changes().get(0), dir)).isEqualTo("""
        --- a/A.java
        +++ b/A.java
        @@ -1,1 +1,1 @@
        -Old x;
        +New x;
        """);
  }

  @Test
  void leavesAloneAFileThatChangedSinceTheCheckReadIt() throws Exception {
    Path file = dir.resolve("A.java");
    Files.writeString(file, "Old y;\n");

    SourceFixer.Plan plan = SourceFixer.plan(resultFor(file, "Old x;\n", 1));

    assertThat(plan.changes()).isEmpty();
    assertThat(plan.refusals()).singleElement()
        .satisfies(r -> assertThat(r.reason()).contains("changed since it was checked"));
    assertThat(Files.readString(file)).isEqualTo("Old y;\n");
  }

  @Test
  void refusesToWriteAFileThatChangedBetweenPlanAndWrite() throws Exception {
    Path file = dir.resolve("A.java");
    Files.writeString(file, "Old x;\n");
    SourceFixer.Change change = SourceFixer.plan(resultFor(file, "Old x;\n", 1)).changes().get(0);
    Files.writeString(file, "Old x; // edited meanwhile\n");

    assertThatThrownBy(() -> SourceFixer.write(change)).isInstanceOf(IOException.class)
        .hasMessageContaining("changed since it was read");
    assertThat(Files.readString(file)).isEqualTo("Old x; // edited meanwhile\n");
  }

  @Test
  void leavesAloneAFileThatIsNotUtf8() throws Exception {
    Path file = dir.resolve("A.java");
    byte[] latin1 = "Old \u00e9;\n".getBytes(StandardCharsets.ISO_8859_1);
    Files.write(file, latin1);
    Fix fix = new Fix("Rename.", List.of(new TextEdit(new FileRegion(file, 1, 1, 1, 4), "New")));
    AnalysisResult result = new AnalysisResult(dir, List.of(), Map.of(),
        List.of(new Finding("IH201", Severity.WARNING, "moved.", FileRegion.at(file, 1, 1), List.of(), Optional.of(fix))),
        List.of(), 1, Map.of(), Map.of(file, SourceParser.checksum(latin1)));

    SourceFixer.Plan plan = SourceFixer.plan(result);

    assertThat(plan.refusals()).singleElement().satisfies(r -> assertThat(r.reason()).contains("not UTF-8"));
    assertThat(Files.readAllBytes(file)).isEqualTo(latin1);
  }
}
