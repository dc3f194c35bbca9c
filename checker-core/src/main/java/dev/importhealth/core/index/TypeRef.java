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

  /**
   * A type written in a source file whose declarations came from the cache rather than a parse
   * in this run: the file is parsed the first time the written type is needed, so a check of a
   * few files does not parse the whole project. Equal refs are the same place in the same file.
   *
   * @param ordinal which written type of the file, in the order its declarations list them
   * @param name the type's simple name as written ({@code Base} for {@code a.Base<T>}), or empty
   *     for a primitive or array type: enough to tell which files cannot extend a given type
   */
  record Deferred(WrittenTypes file, int ordinal, String name) implements TypeRef {
    /** The written type, parsing its file if no one has yet. */
    public InSource materialize() {
      return file.written(ordinal);
    }
  }

  /** The written types of one source file, by ordinal (see {@link Deferred}). */
  interface WrittenTypes {
    InSource written(int ordinal);

    /**
     * The class or interface type (with its array dimensions) a written type resolved to when the
     * project's names were as they are now, so that the file need not be parsed to resolve it
     * again; empty when not known or not a class or interface type.
     */
    default java.util.Optional<Named> resolved(int ordinal) {
      return java.util.Optional.empty();
    }
  }

  /** Nothing is known (for example a lambda parameter without a declared type). */
  record Unknown() implements TypeRef {}

  TypeRef UNKNOWN = new Unknown();
}
