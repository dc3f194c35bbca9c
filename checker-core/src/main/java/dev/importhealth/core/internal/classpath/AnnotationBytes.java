package dev.importhealth.core.internal.classpath;

import dev.importhealth.core.index.TypeRef;
import dev.importhealth.core.structure.AnnotationUse;
import dev.importhealth.core.structure.AnnotationValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A {@link ClassBytes} cursor that also reads annotations and their element values (JVMS §4.7.16). */
abstract class AnnotationBytes extends ClassBytes {

  AnnotationBytes(byte[] bytes) {
    super(bytes);
  }

  /** The content of a RuntimeVisibleAnnotations attribute. */
  List<AnnotationUse> annotations() {
    List<AnnotationUse> annotations = new ArrayList<>();
    for (int i = u2(); i > 0; i--) {
      annotations.add(annotation());
    }
    return annotations;
  }

  /** The content of a RuntimeVisibleParameterAnnotations attribute: one list per entry. */
  List<List<AnnotationUse>> parameterAnnotations() {
    List<List<AnnotationUse>> parameters = new ArrayList<>();
    for (int i = u1(); i > 0; i--) {
      parameters.add(annotations());
    }
    return parameters;
  }

  private AnnotationUse annotation() {
    String type = annotationType(utf8(u2()));
    Map<String, AnnotationValue> values = new LinkedHashMap<>();
    for (int i = u2(); i > 0; i--) {
      String element = utf8(u2());
      values.put(element, elementValue());
    }
    return new AnnotationUse(type, values, Optional.empty());
  }

  private AnnotationValue elementValue() {
    int tag = u1();
    return switch (tag) {
      case 'B' -> new AnnotationValue.Constant((byte) intConstant(u2()));
      case 'C' -> new AnnotationValue.Constant((char) intConstant(u2()));
      case 'S' -> new AnnotationValue.Constant((short) intConstant(u2()));
      case 'Z' -> new AnnotationValue.Constant(intConstant(u2()) != 0);
      case 'I' -> new AnnotationValue.Constant(intConstant(u2()));
      case 'J' -> new AnnotationValue.Constant(longConstant(u2()));
      case 'F' -> new AnnotationValue.Constant(floatConstant(u2()));
      case 'D' -> new AnnotationValue.Constant(doubleConstant(u2()));
      case 's' -> new AnnotationValue.Constant(utf8(u2()));
      case 'e' -> {
        String enumType = annotationType(utf8(u2()));
        yield new AnnotationValue.EnumConstant(enumType, utf8(u2()));
      }
      case 'c' -> new AnnotationValue.ClassLiteral(classLiteral(utf8(u2())));
      case '@' -> new AnnotationValue.Nested(annotation());
      case '[' -> {
        List<AnnotationValue> elements = new ArrayList<>();
        for (int i = u2(); i > 0; i--) {
          elements.add(elementValue());
        }
        yield new AnnotationValue.Array(elements);
      }
      default -> throw error("unknown annotation element value tag '" + (char) tag + "'");
    };
  }

  /** The binary name in an annotation's or enum's field descriptor ({@code Lcom/a/Ann;}). */
  private String annotationType(String descriptor) {
    if (parse(descriptor) instanceof TypeRef.Named named && named.arrayDimensions() == 0) {
      return named.binaryName();
    }
    throw error("'" + descriptor + "' is not a class type");
  }

  /** A class literal's return descriptor as {@code void}, a primitive or a binary name, with {@code []}s. */
  private String classLiteral(String descriptor) {
    if (descriptor.equals("V")) {
      return "void";
    }
    TypeRef type = parse(descriptor);
    if (type instanceof TypeRef.Named named) {
      return named.binaryName() + "[]".repeat(named.arrayDimensions());
    } else if (type instanceof TypeRef.Primitive primitive) {
      return primitive.keyword() + "[]".repeat(primitive.arrayDimensions());
    }
    throw error("'" + descriptor + "' is not a class literal's type");
  }

  private TypeRef parse(String descriptor) {
    try {
      return SignatureParser.fieldType(descriptor);
    } catch (ClassFileFormatException e) {
      throw error(e.getMessage());
    }
  }
}
