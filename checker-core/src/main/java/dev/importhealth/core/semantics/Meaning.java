package dev.importhealth.core.semantics;

import dev.importhealth.core.index.FieldSymbol;
import dev.importhealth.core.index.TypeSymbol;

/** What an expression name denotes (JLS 6.5.2): a value of some type, a type, or a package. */
public sealed interface Meaning {

  /**
   * A variable or expression value; {@code type} is empty when its type cannot be known, and
   * {@code field} is the field or enum constant the name denotes, when it is one.
   */
  record Value(java.util.Optional<ValueType> type, java.util.Optional<FieldSymbol> field) implements Meaning {
    public Value(java.util.Optional<ValueType> type) {
      this(type, java.util.Optional.empty());
    }
  }

  record TypeName(TypeSymbol type) implements Meaning {}

  /** A name that is neither a variable nor a type, so Java reads it as a package. */
  record PackageName(String name) implements Meaning {}
}
