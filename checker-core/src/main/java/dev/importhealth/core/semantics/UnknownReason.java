package dev.importhealth.core.semantics;

/** Why a reference could not be checked; IH902 counts the first kind. */
public enum UnknownReason {
  /** The package is neither first-party, nor the JDK's, nor on the given classpath. */
  OUTSIDE_KNOWN_NAMESPACES,
  /** A supertype could not be resolved, so inherited members are unknown. */
  INCOMPLETE_HIERARCHY,
  /** Lombok or another compile-time tool may add members to this type. */
  GENERATED_MEMBERS,
  /** The project is built for a newer Java release than the JDK whose API the index holds. */
  NEWER_JDK,
  /**
   * A JDK type or package the running JDK no longer has, but an older Java SE release that the
   * build may compile against did (javac --release reads it from ct.sym).
   */
  REMOVED_FROM_JDK,
  /**
   * A test fixture whose fate depends on JUnit configuration the build may set in a way the
   * analysis cannot read (a Gradle build, Surefire settings not modelled, an argLine that may pass
   * system properties): the test instance lifecycle, or extension autodetection.
   */
  TEST_SETUP_UNKNOWN,
  /** The build generates sources that are not on disk yet. */
  PENDING_GENERATION,
  /** The receiver's type needs inference this checker does not do (generics, lambdas, var). */
  NEEDS_INFERENCE,
  /** Some other construct the resolver does not model. */
  UNSUPPORTED
}
