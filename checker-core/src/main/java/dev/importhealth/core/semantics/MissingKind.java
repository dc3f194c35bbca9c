package dev.importhealth.core.semantics;

/** What sort of thing a reference names that does not exist. */
public enum MissingKind {
  PACKAGE,
  TYPE,
  /** A method, field or member type that the (known) type does not have. */
  MEMBER
}
