package dev.importhealth.core.internal.project;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads the {@code package} declaration of a Java source file without parsing it: only the head of
 * the file is read, comments and package annotations are skipped, and scanning stops at the first
 * token that is not part of the package declaration.
 */
public final class JavaPackageReader {

  /** License headers can be long, but nothing real needs more than this before {@code package}. */
  private static final int MAX_HEAD = 64 * 1024;

  private JavaPackageReader() {}

  /**
   * The declared package, {@code ""} for the default package, or empty when the head of the file
   * cannot be understood (then the caller treats the file like one whose package does not match).
   */
  static Optional<String> packageOf(Path file) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(MAX_HEAD);
    }
    String text =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE)
            .decode(java.nio.ByteBuffer.wrap(head))
            .toString();
    return packageOf(text);
  }

  public static Optional<String> packageOf(String text) {
    Scanner s = new Scanner(text);
    while (true) {
      s.skipTrivia();
      if (s.atEnd()) {
        return Optional.of("");
      }
      if (s.peek() == '@') {
        if (!s.skipAnnotation()) {
          return Optional.empty();
        }
        continue;
      }
      String word = s.identifier();
      if (word.equals("package")) {
        return s.qualifiedNameThenSemicolon();
      }
      // import, class, module, record, ...: no package declaration
      return Optional.of("");
    }
  }

  private static final class Scanner {
    private final String text;
    private int pos;

    Scanner(String text) {
      this.text = text;
      this.pos = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? 1 : 0;
    }

    boolean atEnd() {
      return pos >= text.length();
    }

    char peek() {
      return text.charAt(pos);
    }

    void skipTrivia() {
      while (pos < text.length()) {
        char c = text.charAt(pos);
        if (Character.isWhitespace(c)) {
          pos++;
        } else if (text.startsWith("//", pos)) {
          int end = text.indexOf('\n', pos);
          pos = end < 0 ? text.length() : end + 1;
        } else if (text.startsWith("/*", pos)) {
          int end = text.indexOf("*/", pos + 2);
          pos = end < 0 ? text.length() : end + 2;
        } else {
          return;
        }
      }
    }

    String identifier() {
      int start = pos;
      if (pos < text.length() && Character.isJavaIdentifierStart(text.charAt(pos))) {
        pos++;
        while (pos < text.length() && Character.isJavaIdentifierPart(text.charAt(pos))) {
          pos++;
        }
      }
      return text.substring(start, pos);
    }

    /** {@code @Name}, {@code @a.b.Name} or {@code @Name(...)} with balanced parentheses. */
    boolean skipAnnotation() {
      pos++; // '@'
      skipTrivia();
      if (identifier().isEmpty()) {
        return false;
      }
      while (true) {
        skipTrivia();
        if (!atEnd() && peek() == '.') {
          pos++;
          skipTrivia();
          if (identifier().isEmpty()) {
            return false;
          }
        } else {
          break;
        }
      }
      if (atEnd() || peek() != '(') {
        return true;
      }
      int depth = 0;
      while (pos < text.length()) {
        char c = text.charAt(pos);
        if (c == '"' || c == '\'') {
          skipLiteral(c);
          continue;
        }
        if (text.startsWith("//", pos) || text.startsWith("/*", pos)) {
          skipTrivia();
          continue;
        }
        pos++;
        if (c == '(') {
          depth++;
        } else if (c == ')' && --depth == 0) {
          return true;
        }
      }
      return false;
    }

    private void skipLiteral(char quote) {
      if (quote == '"' && text.startsWith("\"\"\"", pos)) {
        int end = text.indexOf("\"\"\"", pos + 3);
        pos = end < 0 ? text.length() : end + 3;
        return;
      }
      pos++;
      while (pos < text.length()) {
        char c = text.charAt(pos++);
        if (c == '\\') {
          pos++;
        } else if (c == quote || c == '\n') {
          return;
        }
      }
    }

    Optional<String> qualifiedNameThenSemicolon() {
      StringBuilder name = new StringBuilder();
      while (true) {
        skipTrivia();
        String part = identifier();
        if (part.isEmpty()) {
          return Optional.empty();
        }
        name.append(part);
        skipTrivia();
        if (atEnd()) {
          return Optional.empty();
        }
        char c = peek();
        pos++;
        if (c == ';') {
          return Optional.of(name.toString());
        }
        if (c != '.') {
          return Optional.empty();
        }
        name.append('.');
      }
    }
  }
}
