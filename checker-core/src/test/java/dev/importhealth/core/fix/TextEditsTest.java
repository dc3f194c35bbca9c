package dev.importhealth.core.fix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.importhealth.core.api.FileRegion;
import dev.importhealth.core.api.Fix;
import dev.importhealth.core.api.TextEdit;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextEditsTest {

  private static final Path FILE = Path.of("/p/A.java").toAbsolutePath();

  private static TextEdit edit(int line, int column, int endLine, int endColumn, String text) {
    return new TextEdit(new FileRegion(FILE, line, column, endLine, endColumn), text);
  }

  @Test
  void replacesExactlyTheRegionsAndNothingElse() throws Exception {
    String text = "import a.Old;\n\nclass A { Old o; }\n";

    String after = TextEdits.apply(text, List.of(edit(1, 8, 1, 13, "b.New"), edit(3, 11, 3, 14, "New")));

    assertThat(after).isEqualTo("import b.New;\n\nclass A { New o; }\n");
  }

  @Test
  void insertedLineBreaksFollowTheFileAndLinesEndAsJavaParserCountsThem() throws Exception {
    String crlf = "package p;\r\n\r\nclass A {}\r\n";
    String cr = "package p;\r\rclass A {}\r";

    assertThat(TextEdits.apply(crlf, List.of(edit(2, 1, 2, 1, "\nimport b.New;\n"))))
        .isEqualTo("package p;\r\n\r\nimport b.New;\r\n\r\nclass A {}\r\n");
    assertThat(TextEdits.apply(cr, List.of(edit(3, 7, 3, 8, "B")))).isEqualTo("package p;\r\rclass B {}\r");
  }

  @Test
  void deletesWholeLinesIncludingTheLastOneWithoutALineBreak() throws Exception {
    assertThat(TextEdits.apply("a\nb\nc", List.of(edit(3, 1, 4, 1, "")))).isEqualTo("a\nb\n");
    assertThat(TextEdits.apply("a\nb\nc\n", List.of(edit(2, 1, 3, 1, "")))).isEqualTo("a\nc\n");
  }

  @Test
  void insertionsAtOnePlaceGoInTextOrderAndBeforeADeletionStartingThere() throws Exception {
    String after = TextEdits.apply("x\ny\n",
        List.of(edit(2, 1, 3, 1, ""), edit(2, 1, 2, 1, "import b;\n"), edit(2, 1, 2, 1, "import a;\n")));

    assertThat(after).isEqualTo("x\nimport a;\nimport b;\n");
  }

  @Test
  void refusesOverlappingEditsAndPositionsPastTheText() {
    assertThatThrownBy(() -> TextEdits.apply("abcdef\n", List.of(edit(1, 1, 1, 4, "x"), edit(1, 3, 1, 5, "y"))))
        .isInstanceOf(TextEdits.ConflictException.class);
    assertThatThrownBy(() -> TextEdits.apply("ab\n", List.of(edit(1, 5, 1, 6, "x"))))
        .isInstanceOf(TextEdits.ConflictException.class).hasMessageContaining("past the end of line 1");
    assertThatThrownBy(() -> TextEdits.apply("ab\n", List.of(edit(7, 1, 7, 2, "x"))))
        .isInstanceOf(TextEdits.ConflictException.class).hasMessageContaining("past the end of the file");
  }

  @Test
  void mergingAppliesAnEditTwoFixesShareOnceAndLeavesOutAFixThatCollides() {
    TextEdit sharedImport = edit(2, 1, 2, 1, "import b.New;\n");
    Fix first = new Fix("first.", List.of(sharedImport, edit(4, 3, 4, 6, "New")));
    Fix second = new Fix("second.", List.of(sharedImport, edit(5, 3, 5, 6, "New")));
    Fix colliding = new Fix("colliding.", List.of(edit(4, 4, 4, 8, "Other")));

    TextEdits.Merged merged = TextEdits.merge(List.of(first, second, colliding));

    assertThat(merged.edits()).hasSize(3).containsOnlyOnce(sharedImport);
    assertThat(merged.applied()).containsExactly(first, second);
    assertThat(merged.skipped()).containsExactly(colliding);
  }
}
