package dev.importhealth.core.internal.symbols;

import dev.importhealth.core.semantics.UnknownReason;

/** How much the index knows about the types of one package. */
public enum Knowledge {
  /** Every type the compiler could see in this package is indexed: absence is an error. */
  COMPLETE(null),
  /** The package lies outside first-party, JDK and classpath namespaces. */
  OUTSIDE(UnknownReason.OUTSIDE_KNOWN_NAMESPACES),
  /** A JDK package, but the project is built for a newer release than the running JDK. */
  NEWER_JDK(UnknownReason.NEWER_JDK),
  /** First-party, but the build will generate more sources into the project. */
  PENDING_GENERATION(UnknownReason.PENDING_GENERATION),
  /** Types are declared here in files the index cannot read (Kotlin, Groovy, Scala, unparsable Java). */
  OPAQUE(UnknownReason.UNSUPPORTED);

  private final UnknownReason reason;

  Knowledge(UnknownReason reason) {
    this.reason = reason;
  }

  public boolean isComplete() {
    return this == COMPLETE;
  }

  public UnknownReason reason() {
    return reason;
  }
}
