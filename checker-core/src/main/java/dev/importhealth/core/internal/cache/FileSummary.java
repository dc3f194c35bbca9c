package dev.importhealth.core.internal.cache;

import dev.importhealth.core.index.TypeSymbol;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the rest of a run needs of a source file it does not report on, without parsing it: the
 * types it declares (with their members), whether it parses, the identifiers it writes (to find
 * the files that depend on a changed one) and the names it may mark deprecated.
 *
 * @param types as {@code DeclarationCollector} makes them, in the same order
 * @param names every identifier the file writes, as names or parts of names
 * @param deprecatedNames the simple names of declarations marked {@code @Deprecated} or with a
 *     Javadoc {@code @deprecated} tag, by their text alone (a superset of what resolution confirms)
 * @param shape what of this file can change how a name written in another file resolves: its
 *     package, imports, and each named type with its supertypes as written
 * @param supertypes by written-type ordinal, the binary name a written supertype resolved to
 *     (empty when it was no supertype or did not resolve), valid only while the project's names
 *     are as they were ({@code namespace})
 * @param namespace the {@link NamespaceDigest} under which {@code supertypes} were resolved
 */
public record FileSummary(
    String packageName, Optional<String> problem, int problemLine, int problemColumn, long checksum,
    List<TypeSymbol> types, Set<String> names, Set<String> deprecatedNames, String shape, List<String> supertypes,
    String namespace) {

  public FileSummary {
    types = List.copyOf(types);
    names = Set.copyOf(names);
    deprecatedNames = Set.copyOf(deprecatedNames);
    supertypes = List.copyOf(supertypes);
  }

  /** The same summary with the supertypes resolved in a run whose names had this digest. */
  public FileSummary withSupertypes(List<String> resolved, String digest) {
    return new FileSummary(packageName, problem, problemLine, problemColumn, checksum, types, names, deprecatedNames,
        shape, resolved, digest);
  }
}
