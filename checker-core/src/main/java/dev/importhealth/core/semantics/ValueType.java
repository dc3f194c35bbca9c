package dev.importhealth.core.semantics;

import dev.importhealth.core.index.TypeSymbol;

/** The static type of a value: a class or interface type, or an array of one. */
public record ValueType(TypeSymbol type, int arrayDimensions) {

  public boolean isArray() {
    return arrayDimensions > 0;
  }
}
