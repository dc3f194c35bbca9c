package dev.importhealth.core.internal.classpath;

/**
 * A cursor over a descriptor or generic signature, for the readers of JVMS §4.3 and §4.7.9.1
 * grammar: every read past the end or off the grammar throws {@link ClassFileFormatException}.
 */
abstract class SignatureCursor {
  private final String text;
  private int pos;

  SignatureCursor(String text) {
    this.text = text;
  }

  boolean atEnd() {
    return pos == text.length();
  }

  char peek() {
    if (pos >= text.length()) {
      throw error("unexpected end");
    }
    return text.charAt(pos);
  }

  char next() {
    char c = peek();
    pos++;
    return c;
  }

  void expect(char c) {
    if (next() != c) {
      pos--;
      throw error("expected '" + c + "'");
    }
  }

  void expectEnd() {
    if (!atEnd()) {
      throw error("trailing characters");
    }
  }

  /** An identifier up to (not including) {@code terminator}. */
  String identifier(char terminator) {
    int start = pos;
    while (peek() != terminator) {
      char c = next();
      if (c == ';' || c == '<' || c == '>' || c == '/' || c == '.' || c == '[') {
        throw error("unexpected '" + c + "' in identifier");
      }
    }
    if (pos == start) {
      throw error("empty identifier");
    }
    return text.substring(start, pos);
  }

  ClassFileFormatException error(String problem) {
    return new ClassFileFormatException(
        "bad descriptor or signature '" + text + "' at " + pos + ": " + problem);
  }
}
