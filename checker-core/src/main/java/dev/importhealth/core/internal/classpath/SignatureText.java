package dev.importhealth.core.internal.classpath;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders field and method descriptors (JVMS §4.3) and generic signatures (JVMS §4.7.9.1) as
 * Java source text: {@code java.util.List<? extends java.lang.Number>}, {@code int[]},
 * {@code T}. Class names are canonical ({@code java.util.Map.Entry}): a class file does not say
 * whether a {@code $} separates a member class, and by convention it does. Malformed input
 * throws {@link ClassFileFormatException}.
 */
final class SignatureText extends SignatureCursor {

  /** The parameter types and return type of a method, as text. */
  record MethodText(List<String> parameters, String returnType) {}

  private SignatureText(String text) {
    super(text);
  }

  static String fieldType(String descriptorOrSignature) {
    SignatureText p = new SignatureText(descriptorOrSignature);
    String type = p.type();
    p.expectEnd();
    return type;
  }

  static MethodText method(String descriptorOrSignature) {
    SignatureText p = new SignatureText(descriptorOrSignature);
    if (p.peek() == '<') {
      p.skipTypeParameters();
    }
    p.expect('(');
    List<String> parameters = new ArrayList<>();
    while (p.peek() != ')') {
      parameters.add(p.type());
    }
    p.expect(')');
    String returnType = p.peek() == 'V' ? p.voidType() : p.type();
    while (!p.atEnd()) { // ThrowsSignature: ^ClassType or ^TypeVariable
      p.expect('^');
      p.type();
    }
    return new MethodText(List.copyOf(parameters), returnType);
  }

  private String voidType() {
    next();
    return "void";
  }

  private String type() {
    int dims = 0;
    while (peek() == '[') {
      next();
      dims++;
    }
    char c = next();
    String element = switch (c) {
      case 'L' -> classType();
      case 'T' -> typeVariable();
      default -> {
        String keyword = SignatureParser.primitive(c);
        if (keyword == null) {
          throw error("unexpected '" + c + "'");
        }
        yield keyword;
      }
    };
    return element + "[]".repeat(dims);
  }

  private String typeVariable() {
    String name = identifier(';');
    expect(';');
    return name;
  }

  /** After the {@code L}: up to and including the closing ';'. */
  private String classType() {
    StringBuilder out = new StringBuilder();
    while (true) {
      char c = next();
      switch (c) {
        case ';' -> {
          if (out.isEmpty() || out.charAt(out.length() - 1) == '.') {
            throw error("empty class name");
          }
          return out.toString();
        }
        case '<' -> out.append(typeArguments());
        case '/', '$', '.' -> out.append('.');
        case '>', '[', ':' -> throw error("unexpected '" + c + "' in class name");
        default -> out.append(c);
      }
    }
  }

  /** After the '<': the arguments up to and including the '>'. */
  private String typeArguments() {
    List<String> arguments = new ArrayList<>();
    while (peek() != '>') {
      char c = peek();
      if (c == '*') {
        next();
        arguments.add("?");
      } else if (c == '+' || c == '-') {
        next();
        arguments.add((c == '+' ? "? extends " : "? super ") + type());
      } else {
        arguments.add(type());
      }
    }
    next();
    if (arguments.isEmpty()) {
      throw error("empty type arguments");
    }
    return "<" + String.join(", ", arguments) + ">";
  }

  private void skipTypeParameters() {
    expect('<');
    while (peek() != '>') {
      identifier(':');
      expect(':');
      if (peek() != ':') {
        type(); // class bound (may be absent, leaving only the colon)
      }
      while (peek() == ':') {
        next();
        type(); // interface bounds
      }
    }
    expect('>');
  }
}
