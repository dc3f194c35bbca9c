package dev.importhealth.core.structure;

/** A declaration's access modifier, as reflection reports it. */
public enum Visibility {
  PUBLIC,
  PROTECTED,
  PACKAGE,
  PRIVATE
}
