package dev.importhealth.core.index;

import dev.importhealth.core.structure.TypeView;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Compiled types the project can see: the JDK's modules and the classpath. Listing is eager and
 * cheap; a type's members are read from its class file only when asked for, and no class is ever
 * loaded or initialised.
 */
public interface ClassLibrary extends AutoCloseable {

  /** Every package holding at least one class file. */
  Set<String> packages();

  /** Binary names ({@code a.b.Outer$Inner}) of the classes in a package, local and anonymous ones excluded. */
  Set<String> classesIn(String packageName);

  /** The type with this binary name, read from its class file on first use. */
  Optional<TypeSymbol> type(String binaryName);

  /**
   * The type with this binary name as reflection would show it, read from its class file on
   * first use; empty when it is not known or cannot be read.
   */
  default Optional<TypeView> structure(String binaryName) {
    return Optional.empty();
  }

  /**
   * Whether a classpath entry (a jar or directory, not the JDK) holds this resource; the path has
   * no leading slash ({@code com/acme/data.csv}).
   */
  default boolean hasResource(String path) {
    return false;
  }

  /**
   * Every place that holds a class file of this binary name, in lookup order (the first is the one
   * {@link #type} reads): a classpath entry as given, or {@code jrt:/module} for the JDK.
   */
  default List<String> entriesDeclaring(String binaryName) {
    return List.of();
  }

  /** True when the JDK (not the classpath) provides this package. */
  boolean isJdkPackage(String packageName);

  @Override
  void close();
}
