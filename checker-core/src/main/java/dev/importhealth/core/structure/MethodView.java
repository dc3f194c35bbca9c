package dev.importhealth.core.structure;

import com.github.javaparser.ast.body.CallableDeclaration;
import dev.importhealth.core.index.MethodSymbol;
import dev.importhealth.core.index.TypeRef;
import java.util.List;
import java.util.Optional;

/**
 * A method, or a constructor (named {@link MethodSymbol#CONSTRUCTOR}), of a {@link TypeView}.
 *
 * @param returnType erased; {@code void} is a {@link TypeRef.Primitive}; {@link TypeRef.Unknown}
 *     when it cannot be resolved
 * @param returnTypeText the return type as written (generic arguments included), for messages
 *     and for element types ({@code Stream<Arguments>}); the erased type when read from a class
 *     file without a generic signature
 */
public record MethodView(
    String name, Visibility visibility, boolean isStatic, boolean isAbstract, boolean isDefault,
    TypeRef returnType, String returnTypeText, List<ParameterView> parameters, List<AnnotationUse> annotations,
    Optional<CallableDeclaration<?>> node) {

  public MethodView {
    parameters = List.copyOf(parameters);
    annotations = List.copyOf(annotations);
  }

  public boolean isConstructor() {
    return name.equals(MethodSymbol.CONSTRUCTOR);
  }

  /** For messages: {@code data(String, int)}. */
  public String signature() {
    return name + "(" + String.join(", ", parameters.stream().map(ParameterView::typeText).toList()) + ")";
  }
}
