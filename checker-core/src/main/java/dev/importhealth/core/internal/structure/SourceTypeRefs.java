package dev.importhealth.core.internal.structure;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.nodeTypes.NodeWithTypeParameters;
import com.github.javaparser.ast.type.ArrayType;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.PrimitiveType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.VoidType;
import dev.importhealth.core.index.TypeRef;
import dev.importhealth.core.index.TypeSymbol;
import dev.importhealth.core.semantics.FileSemantics;
import dev.importhealth.core.semantics.Resolution;
import java.util.Optional;

/** Resolves types written in source to erased {@link TypeRef}s, as reflection would report them. */
final class SourceTypeRefs {

  private final FileSemantics semantics;

  SourceTypeRefs(FileSemantics semantics) {
    this.semantics = semantics;
  }

  TypeRef resolve(Type type) {
    int dimensions = 0;
    Type element = type;
    while (element instanceof ArrayType array) {
      dimensions++;
      element = array.getComponentType();
    }
    if (element instanceof PrimitiveType primitive) {
      return new TypeRef.Primitive(primitive.asString(), dimensions);
    }
    if (element instanceof VoidType) {
      return new TypeRef.Primitive("void", dimensions);
    }
    if (!(element instanceof ClassOrInterfaceType named)) {
      return TypeRef.UNKNOWN; // var, wildcard, intersection, union: never a declaration's type here
    }
    if (named.getScope().isEmpty() && isTypeVariable(named, named.getNameAsString())) {
      return new TypeRef.TypeVariable(named.getNameAsString(), dimensions);
    }
    int arrayDimensions = dimensions;
    return binaryName(named).<TypeRef>map(name -> new TypeRef.Named(name, arrayDimensions)).orElse(TypeRef.UNKNOWN);
  }

  /** The binary name of a written class type: the index's answer, else what the imports say. */
  Optional<String> binaryName(ClassOrInterfaceType type) {
    Resolution<TypeSymbol> resolved = semantics.type(type);
    if (resolved instanceof Resolution.Found<TypeSymbol> found) {
      return Optional.of(found.value().binaryName());
    }
    if (resolved instanceof Resolution.Unknown<TypeSymbol>) {
      String written = type.getNameWithScope();
      return WrittenNames.canonicalName(type, written).map(WrittenNames::binaryName);
    }
    return Optional.empty(); // missing: the compiler rejects the file, the rules IH1xx report it
  }

  private static boolean isTypeVariable(Node site, String name) {
    for (Node n = site.getParentNode().orElse(null); n != null; n = n.getParentNode().orElse(null)) {
      if (n instanceof CallableDeclaration<?> callable && declares(callable, name)) {
        return true;
      }
      if (n instanceof TypeDeclaration<?> type && type instanceof NodeWithTypeParameters<?> generic
          && declares(generic, name)) {
        return true;
      }
    }
    return false;
  }

  private static boolean declares(NodeWithTypeParameters<?> generic, String name) {
    return generic.getTypeParameters().stream().anyMatch(p -> p.getNameAsString().equals(name));
  }
}
