package dev.importhealth.core.index;

/** A field or enum constant. */
public record FieldSymbol(String name, boolean isStatic, TypeRef type) {}
