package dev.importhealth.core.index;

/**
 * A type as a declaration mentions it (a supertype, a return type, a field type). Bytecode gives
 * names that are already resolved; source gives the written type, which the resolver resolves on
 * demand against the scope it was written in.
 */
public sealed interface TypeRef {

  /** A class or interface type, erased, with its array dimensions. */
  record Named(String binaryName, int arrayDimensions) implements TypeRef {
    public static Named of(String binaryName) {
      return new Named(binaryName, 0);
    }
  }

  /** A primitive or {@code void}, with its array dimensions. */
  record Primitive(String keyword, int arrayDimensions) implements TypeRef {}

  /** A use of a type variable: its erasure is not what the code sees, so members are unknown. */
  record TypeVariable(String name, int arrayDimensions) implements TypeRef {}

  /**
   * A type written in source; {@code node} is a JavaParser {@code Type} node whose ancestors give
   * the scope to resolve it in.
   */
  record InSource(com.github.javaparser.ast.type.Type node) implements TypeRef {}

  /** Nothing is known (for example a lambda parameter without a declared type). */
  record Unknown() implements TypeRef {}

  TypeRef UNKNOWN = new Unknown();
}
