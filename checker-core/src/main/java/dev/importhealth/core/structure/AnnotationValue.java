package dev.importhealth.core.structure;

import java.util.List;

/**
 * The value of one annotation element as the compiler would store it (JLS 9.7.1): a constant, a
 * class, an enum constant, a nested annotation, or an array of these. A value written in source
 * that is not a plain literal (a constant from elsewhere, a concatenation of non-literals) is
 * {@link Unknown}: a rule must then stay silent about it.
 */
public sealed interface AnnotationValue {

  /** A string, or a primitive constant in its Java source form ({@code 3}, {@code true}, {@code 'c'}). */
  record Constant(Object value) implements AnnotationValue {}

  /**
   * A class literal; {@code binaryName} is {@code void}, a primitive, or a binary name, with
   * {@code []} per array dimension.
   */
  record ClassLiteral(String binaryName) implements AnnotationValue {}

  record EnumConstant(String enumBinaryName, String name) implements AnnotationValue {}

  record Nested(AnnotationUse annotation) implements AnnotationValue {}

  record Array(List<AnnotationValue> elements) implements AnnotationValue {
    public Array {
      elements = List.copyOf(elements);
    }
  }

  /** A value the analysis could not evaluate. */
  record Unknown(String why) implements AnnotationValue {}

  /**
   * The value as an array: annotation elements of array type may be written as a single value
   * ({@code @A("x")} means {@code @A({"x"})}), so rules read both the same way.
   */
  default List<AnnotationValue> elements() {
    return this instanceof Array array ? array.elements() : List.of(this);
  }

  /** The strings of a string or string-array value; empty when any element is not a known string. */
  default java.util.Optional<List<String>> strings() {
    List<String> out = new java.util.ArrayList<>();
    for (AnnotationValue element : elements()) {
      if (!(element instanceof Constant constant) || !(constant.value() instanceof String text)) {
        return java.util.Optional.empty();
      }
      out.add(text);
    }
    return java.util.Optional.of(out);
  }
}
