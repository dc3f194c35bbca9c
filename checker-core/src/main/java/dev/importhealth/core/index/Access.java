package dev.importhealth.core.index;

/**
 * Who inherits a member (JLS 8.2): private members are never inherited, package-private ones
 * only by subtypes in the same package. Protected and public are inherited everywhere.
 */
public enum Access {
  PRIVATE,
  PACKAGE,
  INHERITED_EVERYWHERE;

  /** Whether a member with this access, declared in {@code declaring}, is a member of subtypes in {@code subtypePackage}. */
  public boolean inheritedInto(String declaringPackage, String subtypePackage) {
    return switch (this) {
      case PRIVATE -> false;
      case PACKAGE -> declaringPackage.equals(subtypePackage);
      case INHERITED_EVERYWHERE -> true;
    };
  }
}
