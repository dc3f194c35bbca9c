package dev.importhealth.rules.oracle;

/** The kinds of breaking change {@link MutationGenerator} makes to the sample. */
enum MutationKind {
  /** Delete the file of a top-level type. */
  DELETE_CLASS,
  /** Delete a whole package directory. */
  DELETE_PACKAGE,
  /** Rename a top-level type's declaration, its constructors and its file, leaving references. */
  RENAME_CLASS,
  /** Rename a member type's declaration and its constructors, leaving references. */
  RENAME_NESTED_TYPE,
  /** Append "Renamed" to a method declaration's name. */
  RENAME_METHOD,
  /** Append "Renamed" to a field declaration's name. */
  RENAME_FIELD,
  /** Append "Renamed" to a record component (its field and its accessor). */
  RENAME_RECORD_COMPONENT,
  /** Append "Renamed" to an enum constant. */
  RENAME_ENUM_CONSTANT,
  /** Remove a method's last parameter (varargs ones included): an arity change. */
  REMOVE_PARAMETER
}
