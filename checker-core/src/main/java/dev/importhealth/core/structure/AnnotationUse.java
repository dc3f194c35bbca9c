package dev.importhealth.core.structure;

import com.github.javaparser.ast.expr.AnnotationExpr;
import java.util.Map;
import java.util.Optional;

/**
 * One annotation on a declaration.
 *
 * @param typeName the annotation type's binary name
 * @param values the elements given explicitly ({@code value} for the single-element form);
 *     defaults are not filled in, since the annotation type may not be readable
 * @param node where it is written, for annotations read from source
 */
public record AnnotationUse(String typeName, Map<String, AnnotationValue> values, Optional<AnnotationExpr> node) {

  public AnnotationUse {
    values = Map.copyOf(values);
  }

  /** The element's value when given explicitly. */
  public Optional<AnnotationValue> value(String element) {
    return Optional.ofNullable(values.get(element));
  }

  public boolean is(String binaryName) {
    return typeName.equals(binaryName);
  }
}
