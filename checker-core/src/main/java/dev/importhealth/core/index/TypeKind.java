package dev.importhealth.core.index;

/** The kinds of Java type declarations. */
public enum TypeKind {
  CLASS,
  INTERFACE,
  ENUM,
  RECORD,
  ANNOTATION;

  public boolean isInterfaceLike() {
    return this == INTERFACE || this == ANNOTATION;
  }
}
