package dev.importhealth.core.structure;

import com.github.javaparser.ast.body.TypeDeclaration;
import dev.importhealth.core.index.TypeKind;
import dev.importhealth.core.index.TypeOrigin;
import dev.importhealth.core.index.TypeRef;
import java.util.List;
import java.util.Optional;

/**
 * A class, interface, enum, record or annotation type as reflection would show it: declared
 * members only (walk {@link #superclass} and {@link #interfaces} for inherited ones).
 *
 * @param superclass the direct superclass; empty for {@code java.lang.Object}, interfaces and
 *     annotation types; {@link TypeRef.Unknown} when it cannot be resolved
 * @param complete false when something the analysis cannot see may add members or annotations
 *     (Lombok, another declaration of the same name): then nothing may be declared missing
 * @param declaration the source declaration, for types read from project sources
 */
public record TypeView(
    String binaryName, TypeKind kind, Visibility visibility, boolean isAbstract, boolean isStatic,
    Optional<String> outerBinaryName, Optional<TypeRef> superclass, List<TypeRef> interfaces,
    List<AnnotationUse> annotations, List<MethodView> methods, List<FieldView> fields, boolean complete,
    TypeOrigin origin, Optional<TypeDeclaration<?>> declaration) {

  public TypeView {
    interfaces = List.copyOf(interfaces);
    annotations = List.copyOf(annotations);
    methods = List.copyOf(methods);
    fields = List.copyOf(fields);
  }

  public String packageName() {
    String outer = binaryName.contains("$") ? binaryName.substring(0, binaryName.indexOf('$')) : binaryName;
    int dot = outer.lastIndexOf('.');
    return dot < 0 ? "" : outer.substring(0, dot);
  }

  /** The simple name ({@code Inner} for {@code a.Outer$Inner}). */
  public String simpleName() {
    int cut = Math.max(binaryName.lastIndexOf('$'), binaryName.lastIndexOf('.'));
    return binaryName.substring(cut + 1);
  }

  /** An inner class: a member class that is neither static nor implicitly static. */
  public boolean isInner() {
    return outerBinaryName.isPresent() && !isStatic && kind == TypeKind.CLASS;
  }

  public boolean isFromSource() {
    return origin instanceof TypeOrigin.Source;
  }
}
