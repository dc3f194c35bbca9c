package dev.importhealth.core.structure;

import com.github.javaparser.ast.body.Parameter;
import dev.importhealth.core.index.TypeRef;
import java.util.List;
import java.util.Optional;

/**
 * A method or constructor parameter.
 *
 * @param name the declared name, or {@code arg0}, {@code arg1}... when a class file does not record it
 * @param type the erased type; {@link TypeRef.Unknown} when it cannot be resolved
 * @param typeText the type as written, for messages ({@code List<String>}, {@code int...})
 */
public record ParameterView(
    String name, TypeRef type, String typeText, boolean varargs, List<AnnotationUse> annotations,
    Optional<Parameter> node) {

  public ParameterView {
    annotations = List.copyOf(annotations);
  }
}
