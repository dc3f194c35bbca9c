package dev.importhealth.core.structure;

import com.github.javaparser.ast.Node;
import dev.importhealth.core.index.TypeRef;
import java.util.List;
import java.util.Optional;

/**
 * A field of a {@link TypeView}; an enum's constants are fields with {@code enumConstant} set.
 *
 * @param node the field's variable declarator, or the enum constant declaration
 */
public record FieldView(
    String name, Visibility visibility, boolean isStatic, boolean isFinal, boolean enumConstant, TypeRef type,
    String typeText, List<AnnotationUse> annotations, Optional<Node> node) {

  public FieldView {
    annotations = List.copyOf(annotations);
  }
}
