package dev.importhealth.core.semantics;

import dev.importhealth.core.index.TypeSymbol;

/** What an expression name denotes (JLS 6.5.2): a value of some type, a type, or a package. */
public sealed interface Meaning {

  /** A variable or expression value; {@code type} is empty when its type cannot be known. */
  record Value(java.util.Optional<ValueType> type) implements Meaning {}

  record TypeName(TypeSymbol type) implements Meaning {}

  /** A name that is neither a variable nor a type, so Java reads it as a package. */
  record PackageName(String name) implements Meaning {}
}
