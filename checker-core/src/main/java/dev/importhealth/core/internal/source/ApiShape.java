package dev.importhealth.core.internal.source;

import com.github.javaparser.Range;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.stmt.BlockStmt;
import dev.importhealth.core.internal.cache.Digests;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What other files can see of a file: its text with the bodies of methods, constructors and
 * initializers cut out. Another file's findings depend on declarations, annotations, doc comments
 * and field initializers (constants), never on what a method does, with one exception: an
 * extension's {@code supportsParameter} body, which the parameter-resolver rule reads, stays in.
 * Two versions of a file with the same shape cannot break or mend any other file.
 */
public final class ApiShape {

  private ApiShape() {}

  /** A digest of the shape of {@code text}, parsed as {@code unit}. */
  public static String of(CompilationUnit unit, String text) {
    List<Range> bodies = new ArrayList<>();
    unit.findAll(MethodDeclaration.class).stream()
        .filter(m -> !m.getNameAsString().equals("supportsParameter"))
        .forEach(m -> m.getBody().flatMap(BlockStmt::getRange).ifPresent(bodies::add));
    unit.findAll(ConstructorDeclaration.class).forEach(c -> c.getBody().getRange().ifPresent(bodies::add));
    unit.findAll(InitializerDeclaration.class).forEach(i -> i.getBody().getRange().ifPresent(bodies::add));
    bodies.sort(Comparator.comparing((Range r) -> r.begin));
    List<Integer> lineStarts = lineStarts(text);
    StringBuilder shape = new StringBuilder(text.length());
    int copied = 0;
    for (Range body : bodies) {
      int begin = offset(lineStarts, body.begin.line, body.begin.column);
      int end = offset(lineStarts, body.end.line, body.end.column) + 1;
      if (begin < copied || begin < 0 || end > text.length() || end <= begin) {
        continue; // inside a body already cut (a method of an anonymous class), or not where text says
      }
      shape.append(text, copied, begin).append("{}");
      copied = end;
    }
    shape.append(text, copied, text.length());
    return Digests.sha256Hex(withoutPlainCommentsAndSpacing(shape));
  }

  /**
   * The text with line and block comments dropped (doc comments kept: they may deprecate) and each
   * run of white space made one space, outside string, character and text-block literals: moving a
   * declaration down or editing a plain comment changes nothing another file sees.
   */
  static String withoutPlainCommentsAndSpacing(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
        while (i < n && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
          i++;
        }
        space(out);
      } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
        int end = indexOf(text, "*/", i + 2);
        int stop = end < 0 ? n : end + 2;
        boolean doc = i + 2 < n && text.charAt(i + 2) == '*' && stop - i > 4;
        if (doc) {
          out.append(text, i, stop);
        } else {
          space(out);
        }
        i = stop;
      } else if (c == '"' || c == '\'') {
        int start = i;
        boolean block = c == '"' && i + 2 < n && text.charAt(i + 1) == '"' && text.charAt(i + 2) == '"';
        String close = block ? "\"\"\"" : String.valueOf(c);
        i += block ? 3 : 1;
        while (i < n && !startsWith(text, close, i)) {
          i += text.charAt(i) == '\\' ? 2 : 1;
        }
        i = Math.min(n, i + close.length());
        out.append(text, start, i);
      } else if (Character.isWhitespace(c)) {
        while (i < n && Character.isWhitespace(text.charAt(i))) {
          i++;
        }
        space(out);
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString().strip();
  }

  /** One space between tokens, however much white space and how many plain comments were there. */
  private static void space(StringBuilder out) {
    if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
      out.append(' ');
    }
  }

  private static boolean startsWith(CharSequence text, String prefix, int at) {
    if (at + prefix.length() > text.length()) {
      return false;
    }
    for (int k = 0; k < prefix.length(); k++) {
      if (text.charAt(at + k) != prefix.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(CharSequence text, String needle, int from) {
    for (int at = from; at + needle.length() <= text.length(); at++) {
      if (startsWith(text, needle, at)) {
        return at;
      }
    }
    return -1;
  }

  /** The shape of another version of a file, or empty when that version does not parse. */
  public static Optional<String> ofText(String text) {
    var parsed = SourceParser.parseText(text);
    return parsed.map(unit -> of(unit, text));
  }

  private static List<Integer> lineStarts(String text) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
        starts.add(i + 1);
      }
    }
    return starts;
  }

  private static int offset(List<Integer> lineStarts, int line, int column) {
    return line <= lineStarts.size() ? lineStarts.get(line - 1) + column - 1 : -1;
  }
}
