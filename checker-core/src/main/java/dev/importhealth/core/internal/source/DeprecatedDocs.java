package dev.importhealth.core.internal.source;

import com.github.javaparser.Position;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.comments.CommentsCollection;
import com.github.javaparser.ast.comments.JavadocComment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Comments are not attributed to nodes when parsing (that costs time and memory on every file),
 * but javac reads a Javadoc {@code @deprecated} tag as deprecation: the few doc comments that carry
 * one are attached to the declaration they document, as javac pairs them.
 */
final class DeprecatedDocs {

  private DeprecatedDocs() {}

  static void attach(CompilationUnit unit, String text, Optional<CommentsCollection> comments) {
    List<JavadocComment> tagged = new ArrayList<>();
    comments.ifPresent(c -> c.getComments().forEach(comment -> {
      if (comment instanceof JavadocComment doc && doc.getContent().contains("@deprecated")
          && doc.getEnd().isPresent()) {
        tagged.add(doc);
      }
    }));
    if (tagged.isEmpty()) {
      return;
    }
    List<Integer> lineStarts = new ArrayList<>(List.of(0));
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      lineStarts.add(i + 1);
    }
    Map<Integer, BodyDeclaration<?>> declarationsByStart = new HashMap<>();
    unit.walk(Node.TreeTraversal.PREORDER, node -> {
      if (node instanceof BodyDeclaration<?> declaration && declaration.getBegin().isPresent()) {
        declarationsByStart.putIfAbsent(offset(lineStarts, declaration.getBegin().get()), declaration);
      }
    });
    for (JavadocComment doc : tagged) {
      int next = nextToken(text, offset(lineStarts, doc.getEnd().get()) + 1);
      BodyDeclaration<?> declaration = next < 0 ? null : declarationsByStart.get(next);
      if (declaration != null) {
        doc.setTokenRange(null);
        declaration.setComment(doc);
      }
    }
  }

  /**
   * Where the next token after a doc comment starts, skipping blanks and plain comments; -1 when
   * another doc comment comes first (javac takes the nearest one).
   */
  private static int nextToken(String text, int from) {
    int i = from;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (text.startsWith("//", i)) {
        int end = text.indexOf('\n', i);
        i = end < 0 ? text.length() : end + 1;
      } else if (text.startsWith("/*", i)) {
        if (text.startsWith("/**", i) && !text.startsWith("/**/", i)) {
          return -1;
        }
        int end = text.indexOf("*/", i + 2);
        i = end < 0 ? text.length() : end + 2;
      } else {
        return i;
      }
    }
    return -1;
  }

  /** The text offset of a parser position: lines end at a line feed, one column per character. */
  private static int offset(List<Integer> lineStarts, Position position) {
    return position.line <= lineStarts.size() ? lineStarts.get(position.line - 1) + position.column - 1 : -1;
  }
}
