package dev.importhealth.core.internal.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import dev.importhealth.core.internal.source.SuppressionMarks.Mark;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SuppressionMarksTest {

  private static List<Mark> marks(String text) {
    ParseResult<CompilationUnit> result = new JavaParser(new ParserConfiguration()
        .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_21).setAttributeComments(false)).parse(text);
    CompilationUnit unit = result.getResult().orElseThrow();
    SuppressionMarks.attach(unit, text, result.getCommentsCollection());
    return SuppressionMarks.of(unit);
  }

  @Test
  void trailingCommentCoversItsOwnLine() {
    List<Mark> marks = marks("""
        class A {
          void m() {
            b(); // import-health:ignore IH105 generated later
          }
        }
        """);

    assertThat(marks).singleElement().satisfies(mark -> {
      assertThat(mark.ruleId()).isEqualTo("IH105");
      assertThat(mark.comment()).isTrue();
      assertThat(mark.reason()).contains("generated later");
      assertThat(mark.line()).isEqualTo(3);
      assertThat(mark.covers(3, 5)).isTrue();
      assertThat(mark.covers(2, 5)).isFalse();
      assertThat(mark.covers(4, 1)).isFalse();
    });
  }

  @Test
  void commentOnItsOwnLineCoversTheNextLineWithCodePastBlanksAndComments() {
    List<Mark> marks = marks("""
        // import-health:ignore IH101, IH102 - moved in the next release
        // import-health:ignore IH104

        import com.acme.Gone;
        class A {}
        """);

    assertThat(marks).extracting(Mark::ruleId).containsExactly("IH101", "IH102", "IH104");
    assertThat(marks).allSatisfy(mark -> assertThat(mark.fromLine()).isEqualTo(4));
    assertThat(marks.get(0).reason()).contains("moved in the next release");
    assertThat(marks.get(0).sameComment()).isEqualTo(marks.get(1).sameComment());
    assertThat(marks.get(2).reason()).isEmpty();
  }

  @Test
  void commentWithoutIdsIsAMarkWithoutRule() {
    assertThat(marks("class A { int x; // import-health:ignore\n}\n")).singleElement()
        .satisfies(mark -> assertThat(mark.ruleId()).isEmpty());
  }

  @Test
  void otherCommentsStringsAndBlockCommentsAreNotSuppressions() {
    assertThat(marks("""
        /* import-health:ignore IH105 a block comment */
        class A {
          String s = "// import-health:ignore IH105 in a string";
          // import-health:ignored IH105 not the directive
          // see import-health:ignore IH105 not at the start
        }
        """)).isEmpty();
  }

  @Test
  void annotationCoversItsDeclarationInEveryForm() {
    List<Mark> marks = marks("""
        class A {
          @SuppressWarnings("import-health:IH105")
          void m() {
            b();
          }

          @SuppressWarnings({"unchecked", "import-health:IH103"})
          Object f = c();

          void n(@java.lang.SuppressWarnings(value = "import-health") Object p) {
            @SuppressWarnings("rawtypes") java.util.List l = null;
          }
        }
        """);

    assertThat(marks).extracting(Mark::ruleId).containsExactly("IH105", "IH103", SuppressionMarks.ALL);
    Mark method = marks.get(0);
    assertThat(method.comment()).isFalse();
    assertThat(method.reason()).isEqualTo(Optional.empty());
    assertThat(method.line()).isEqualTo(2);
    assertThat(method.covers(4, 5)).isTrue();
    assertThat(method.covers(8, 3)).isFalse();
    assertThat(marks.get(1).covers(8, 16)).isTrue();
    assertThat(marks.get(1).column()).isEqualTo(35);
    assertThat(marks.get(2).covers(10, 70)).isTrue();
    assertThat(marks.get(2).covers(11, 5)).isFalse();
  }

  @Test
  void filesThatDoNotMentionImportHealthAreNotSearched() {
    assertThat(marks("class A { @SuppressWarnings(\"unchecked\") void m() {} }")).isEmpty();
  }
}
