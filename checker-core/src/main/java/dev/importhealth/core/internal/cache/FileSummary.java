package dev.importhealth.core.internal.cache;

import dev.importhealth.core.index.TypeRef;
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
 * @param resolved by written-type ordinal, the binary name the written type resolved to, with a
 *     {@code []} per array dimension (empty when it did not resolve to a class or interface),
 *     valid only while the project's names are as they were ({@code namespace})
 * @param namespace the {@link NamespaceDigest} under which {@code resolved} was made
 * @param markedMethods the methods marked deprecated by their text, as {@code binaryName#index}
 *     into the type's methods
 * @param apiShape the {@code ApiShape} of this text: what other files can see of it
 * @param baseHash the SHA-256 (hex) of the text of the revision this file was last compared with,
 *     and {@code baseShape} its shape, so that the next comparison with the same revision need
 *     not parse it; both empty when none
 */
public record FileSummary(
    String packageName, Optional<String> problem, int problemLine, int problemColumn, long checksum,
    List<TypeSymbol> types, Names names, Set<String> deprecatedNames, String shape, List<String> resolved,
    String namespace, String apiShape, String baseHash, String baseShape, Set<String> markedMethods) {

  public FileSummary {
    types = List.copyOf(types);
    deprecatedNames = Set.copyOf(deprecatedNames);
    resolved = List.copyOf(resolved);
    markedMethods = Set.copyOf(markedMethods);
  }

  /** A file's identifiers, decoded from the cache only when asked: only a changed-files check asks. */
  public static final class Names {
    private final java.util.function.Supplier<Set<String>> source;
    private volatile Set<String> value;

    private Names(java.util.function.Supplier<Set<String>> source) {
      this.source = source;
    }

    public static Names of(Set<String> names) {
      Names known = new Names(() -> names);
      known.value = Set.copyOf(names);
      return known;
    }

    public static Names decodedWhenAsked(java.util.function.Supplier<Set<String>> decoder) {
      return new Names(decoder);
    }

    public Set<String> get() {
      Set<String> names = value;
      if (names == null) {
        names = Set.copyOf(source.get());
        value = names;
      }
      return names;
    }
  }

  /** How {@code resolved} writes a class type: its binary name and a {@code []} per array dimension. */
  public static String resolvedText(String binaryName, int arrayDimensions) {
    return binaryName + "[]".repeat(arrayDimensions);
  }

  /** The type {@link #resolvedText} wrote, or empty for an empty entry. */
  public static Optional<TypeRef.Named> resolvedType(String text) {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    int end = text.length();
    while (text.startsWith("[]", end - 2)) {
      end -= 2;
    }
    return Optional.of(new TypeRef.Named(text.substring(0, end), (text.length() - end) / 2));
  }

  /** The same summary with its written types resolved in a run whose names had this digest. */
  public FileSummary withResolved(List<String> types, String digest) {
    return new FileSummary(packageName, problem, problemLine, problemColumn, checksum, this.types, names,
        deprecatedNames, shape, types, digest, apiShape, baseHash, baseShape, markedMethods);
  }

  /** The same summary, remembering the shape of the base revision's text of the file. */
  public FileSummary withBase(String hash, String shapeOfBase) {
    return new FileSummary(packageName, problem, problemLine, problemColumn, checksum, types, names, deprecatedNames,
        shape, resolved, namespace, apiShape, hash, shapeOfBase, markedMethods);
  }
}
