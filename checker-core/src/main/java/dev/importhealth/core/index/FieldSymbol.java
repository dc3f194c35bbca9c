package dev.importhealth.core.index;

/** A field or enum constant. */
public record FieldSymbol(String name, boolean isStatic, TypeRef type, Access access) {

  public FieldSymbol(String name, boolean isStatic, TypeRef type) {
    this(name, isStatic, type, Access.INHERITED_EVERYWHERE);
  }
}
