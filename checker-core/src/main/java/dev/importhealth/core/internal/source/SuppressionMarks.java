package dev.importhealth.core.internal.source;

import com.github.javaparser.Range;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.DataKey;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.comments.CommentsCollection;
import com.github.javaparser.ast.comments.LineComment;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The suppressions a file writes: {@code @SuppressWarnings("import-health:IH105")} on a declaration
 * and {@code // import-health:ignore IH105 reason} on or above a line. Read while the parser's
 * comments are still at hand, and only in files whose text mentions import-health at all.
 */
public final class SuppressionMarks {

  /** Stands for every rule: {@code @SuppressWarnings("import-health")}. */
  public static final String ALL = "*";

  private static final String PREFIX = "import-health";
  private static final String DIRECTIVE = "import-health:ignore";
  private static final Pattern IDS_AND_REASON =
      Pattern.compile("\\s+([A-Za-z0-9_-]+(?:\\s*,\\s*[A-Za-z0-9_-]+)*)\\s*(.*)", Pattern.DOTALL);
  private static final DataKey<List<Mark>> KEY = new DataKey<>() {};

  /**
   * One suppressed rule id ({@link #ALL}, or {@code ""} when a comment names none).
   *
   * @param comment true for the comment form, which needs a reason; false for the annotation
   * @param line where the suppression itself is written (the comment, or the annotation's string)
   * @param fromLine the region it covers: findings that start within it, inclusive
   * @param sameComment marks written by one comment share this number, so that one comment without
   *     a reason gets one note
   */
  public record Mark(
      String ruleId, boolean comment, Optional<String> reason, int line, int column, int endLine, int endColumn,
      int fromLine, int fromColumn, int toLine, int toColumn, int sameComment) {

    public boolean covers(int findingLine, int findingColumn) {
      return compare(fromLine, fromColumn, findingLine, findingColumn) <= 0
          && compare(findingLine, findingColumn, toLine, toColumn) <= 0;
    }

    private static int compare(int line1, int column1, int line2, int column2) {
      return line1 != line2 ? Integer.compare(line1, line2) : Integer.compare(column1, column2);
    }
  }

  private SuppressionMarks() {}

  /** The marks {@link #attach} found in a file; empty for most files. */
  public static List<Mark> of(CompilationUnit unit) {
    return unit.containsData(KEY) ? unit.getData(KEY) : List.of();
  }

  static void attach(CompilationUnit unit, String text, Optional<CommentsCollection> comments) {
    if (!text.contains(PREFIX)) {
      return;
    }
    List<Mark> marks = new ArrayList<>();
    String[] lines = text.split("\r\n|\r|\n", -1);
    comments.ifPresent(c -> c.getComments().forEach(comment -> {
      if (comment instanceof LineComment line && line.getRange().isPresent()) {
        readComment(line, lines, marks);
      }
    }));
    if (text.contains("\"" + PREFIX)) {
      unit.findAll(AnnotationExpr.class).forEach(annotation -> readAnnotation(annotation, marks));
    }
    if (!marks.isEmpty()) {
      unit.setData(KEY, List.copyOf(marks));
    }
  }

  private static void readComment(LineComment comment, String[] lines, List<Mark> marks) {
    String content = comment.getContent().strip();
    if (!content.startsWith(DIRECTIVE)) {
      return;
    }
    String rest = content.substring(DIRECTIVE.length());
    if (!rest.isEmpty() && !Character.isWhitespace(rest.charAt(0))) {
      return; // import-health:ignored, import-health:ignore-foo: not this directive
    }
    Range range = comment.getRange().get();
    int target = range.begin.line;
    boolean alone = range.begin.column <= 1 || lines[range.begin.line - 1].substring(0, range.begin.column - 1).isBlank();
    if (alone) {
      // on its own line: the next line with code, past blank lines and further comments
      target = range.begin.line + 1;
      while (target <= lines.length && (lines[target - 1].isBlank() || lines[target - 1].strip().startsWith("//"))) {
        target++;
      }
    }
    Matcher matcher = IDS_AND_REASON.matcher(rest);
    List<String> ids = new ArrayList<>();
    Optional<String> reason = Optional.empty();
    if (matcher.matches()) {
      for (String id : matcher.group(1).split(",")) {
        ids.add(id.strip());
      }
      String why = matcher.group(2).replaceFirst("^[-:\u2014\\s]+", "").strip();
      reason = why.isEmpty() ? Optional.empty() : Optional.of(why);
    }
    if (ids.isEmpty()) {
      ids.add("");
    }
    for (String id : ids) {
      marks.add(new Mark(id, true, reason, range.begin.line, range.begin.column, range.end.line, range.end.column + 1,
          target, 1, target, Integer.MAX_VALUE, range.begin.line));
    }
  }

  private static void readAnnotation(AnnotationExpr annotation, List<Mark> marks) {
    String name = annotation.getNameAsString();
    if (!name.equals("SuppressWarnings") && !name.equals("java.lang.SuppressWarnings")) {
      return;
    }
    Optional<Range> scope = annotation.getParentNode().flatMap(Node::getRange);
    if (scope.isEmpty()) {
      return;
    }
    Expression value = null;
    if (annotation instanceof SingleMemberAnnotationExpr single) {
      value = single.getMemberValue();
    } else if (annotation instanceof NormalAnnotationExpr normal) {
      value = normal.getPairs().stream().filter(p -> p.getNameAsString().equals("value")).findFirst()
          .map(p -> p.getValue()).orElse(null);
    }
    List<Expression> values = value instanceof ArrayInitializerExpr array ? array.getValues() : value == null
        ? List.of() : List.of(value);
    for (Expression element : values) {
      if (!(element instanceof StringLiteralExpr literal) || literal.getRange().isEmpty()) {
        continue;
      }
      String text = literal.getValue();
      String id;
      if (text.equals(PREFIX)) {
        id = ALL;
      } else if (text.startsWith(PREFIX + ":")) {
        id = text.substring(PREFIX.length() + 1).strip();
      } else {
        continue;
      }
      Range at = literal.getRange().get();
      Range covered = scope.get();
      marks.add(new Mark(id, false, Optional.empty(), at.begin.line, at.begin.column, at.end.line, at.end.column + 1,
          covered.begin.line, covered.begin.column, covered.end.line, covered.end.column, -1));
    }
  }
}
