package dev.importhealth.core.internal.classpath;

import dev.importhealth.core.index.TypeRef;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the parts of field and method descriptors (JVMS §4.3) and generic signatures
 * (JVMS §4.7.9.1) that the index needs. A descriptor is read like a signature without type
 * arguments. Class types are erased ({@code Ljava/util/Map<TK;TV;>.Entry;} gives
 * {@code java.util.Map$Entry}); a type variable (or an array of one) gives a
 * {@link TypeRef.TypeVariable}. Malformed input throws {@link ClassFileFormatException}.
 */
final class SignatureParser extends SignatureCursor {

  /** Parameter types and return type of a method descriptor or signature. */
  record MethodShape(List<TypeRef> parameters, TypeRef returnType) {}

  private SignatureParser(String text) {
    super(text);
  }

  /** The type of a field descriptor or field signature. */
  static TypeRef fieldType(String descriptorOrSignature) {
    SignatureParser p = new SignatureParser(descriptorOrSignature);
    TypeRef type = p.type(false);
    p.expectEnd();
    return type;
  }

  /** Parameter types and return type of a method descriptor or method signature. */
  static MethodShape method(String descriptorOrSignature) {
    SignatureParser p = new SignatureParser(descriptorOrSignature);
    if (p.peek() == '<') {
      p.typeParameters();
    }
    p.expect('(');
    List<TypeRef> parameters = new ArrayList<>();
    while (p.peek() != ')') {
      parameters.add(p.type(false));
    }
    p.expect(')');
    TypeRef returnType = p.type(true);
    while (!p.atEnd()) { // ThrowsSignature: ^ClassType or ^TypeVariable
      p.expect('^');
      p.type(false);
    }
    return new MethodShape(List.copyOf(parameters), returnType);
  }

  /** The names of the type parameters declared by a class signature, in order. */
  static List<String> classTypeParameters(String classSignature) {
    SignatureParser p = new SignatureParser(classSignature);
    return p.peek() == '<' ? p.typeParameters() : List.of();
  }

  private List<String> typeParameters() {
    expect('<');
    List<String> names = new ArrayList<>();
    while (peek() != '>') {
      names.add(identifier(':'));
      expect(':');
      if (peek() != ':') {
        type(false); // class bound (may be absent, leaving only the colon)
      }
      while (peek() == ':') {
        next();
        type(false); // interface bounds
      }
    }
    expect('>');
    return names;
  }

  private TypeRef type(boolean allowVoid) {
    int dims = 0;
    while (peek() == '[') {
      next();
      dims++;
    }
    char c = next();
    switch (c) {
      case 'L':
        return new TypeRef.Named(classTypeName(), dims);
      case 'T':
        String name = identifier(';');
        expect(';');
        return new TypeRef.TypeVariable(name, dims);
      case 'V':
        if (!allowVoid || dims > 0) {
          throw error("void is not allowed here");
        }
        return new TypeRef.Primitive("void", 0);
      default:
        String keyword = primitive(c);
        if (keyword == null) {
          throw error("unexpected '" + c + "'");
        }
        return new TypeRef.Primitive(keyword, dims);
    }
  }

  /** After the {@code L}: reads up to and including the closing ';', dropping type arguments. */
  private String classTypeName() {
    StringBuilder name = new StringBuilder();
    while (true) {
      char c = next();
      switch (c) {
        case ';':
          if (name.length() == 0 || name.charAt(name.length() - 1) == '.') {
            throw error("empty class name");
          }
          return name.toString();
        case '<':
          skipTypeArguments();
          break;
        case '.': // inner class of a parameterized outer class
          name.append('$');
          break;
        case '/':
          name.append('.');
          break;
        case '>':
        case '[':
        case ':':
          throw error("unexpected '" + c + "' in class name");
        default:
          name.append(c);
      }
    }
  }

  /** After the '<' of type arguments: skips past the matching '>'. */
  private void skipTypeArguments() {
    int depth = 1;
    while (depth > 0) {
      char c = next();
      if (c == '<') {
        depth++;
      } else if (c == '>') {
        depth--;
      }
    }
  }

  /** The keyword for a primitive's descriptor character, or null. */
  static String primitive(char c) {
    return switch (c) {
      case 'B' -> "byte";
      case 'C' -> "char";
      case 'D' -> "double";
      case 'F' -> "float";
      case 'I' -> "int";
      case 'J' -> "long";
      case 'S' -> "short";
      case 'Z' -> "boolean";
      default -> null;
    };
  }
}
