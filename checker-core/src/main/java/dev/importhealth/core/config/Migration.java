package dev.importhealth.core.config;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import javax.lang.model.SourceVersion;

/**
 * One entry of the {@code migrations:} registry: an old path and where it went.
 *
 * @param from the old path: a type ({@code com.a.B}), a package and everything under it
 *     ({@code com.a.legacy.*}) or a member ({@code com.a.B#m})
 * @param to the new path, of the same kind
 * @param until after this date a use of the old path is overdue
 * @param line the 1-based line of the entry in {@code import-health.yaml}
 */
public record Migration(
    String from, String to, Optional<String> reason, Optional<String> since, Optional<LocalDate> until, int line) {

  /** What a path names. */
  public enum Kind { TYPE, PACKAGE, MEMBER }

  public Migration {
    Objects.requireNonNull(reason);
    Objects.requireNonNull(since);
    Objects.requireNonNull(until);
    if (kindOf(from).isEmpty() || !kindOf(from).equals(kindOf(to))) {
      throw new IllegalArgumentException("'" + from + "' and '" + to + "' are not paths of the same kind");
    }
  }

  /** The kind of a well-formed path; empty when it is malformed. */
  public static Optional<Kind> kindOf(String path) {
    int hash = path.indexOf('#');
    if (hash >= 0) {
      String member = path.substring(hash + 1);
      return SourceVersion.isName(path.substring(0, hash)) && SourceVersion.isIdentifier(member)
          && !SourceVersion.isKeyword(member) ? Optional.of(Kind.MEMBER) : Optional.empty();
    }
    if (path.endsWith(".*")) {
      return SourceVersion.isName(path.substring(0, path.length() - 2)) ? Optional.of(Kind.PACKAGE) : Optional.empty();
    }
    return SourceVersion.isName(path) ? Optional.of(Kind.TYPE) : Optional.empty();
  }

  public Kind kind() {
    return kindOf(from).orElseThrow();
  }

  /** The type of a member path, the package of a package path, the type itself otherwise. */
  public static String owner(String path) {
    int hash = path.indexOf('#');
    if (hash >= 0) {
      return path.substring(0, hash);
    }
    return path.endsWith(".*") ? path.substring(0, path.length() - 2) : path;
  }

  /** The member name of a member path. */
  public static String member(String path) {
    return path.substring(path.indexOf('#') + 1);
  }

  /**
   * Where a qualified type or package name this entry covers went: a type entry covers the type
   * and its nested types, a package entry everything under the package.
   */
  public Optional<String> movedName(String qualifiedName) {
    if (kind() == Kind.MEMBER) {
      return Optional.empty();
    }
    String old = owner(from);
    if (qualifiedName.equals(old)) {
      return Optional.of(owner(to));
    }
    return qualifiedName.startsWith(old + ".")
        ? Optional.of(owner(to) + qualifiedName.substring(old.length())) : Optional.empty();
  }

  /**
   * Where this entry sends another path ({@code to} of another entry): a member path moves with its
   * member entry or its type's, a type or package path with a type or package entry.
   */
  public Optional<String> movedTarget(String path) {
    if (path.contains("#")) {
      if (kind() == Kind.MEMBER) {
        return from.equals(path) ? Optional.of(to) : Optional.empty();
      }
      return movedName(owner(path)).map(type -> type + "#" + member(path));
    }
    return movedName(owner(path)).map(name -> path.endsWith(".*") ? name + ".*" : name);
  }

  /** Whether this is a member entry for {@code member} of the type {@code typeName}. */
  public boolean coversMember(String typeName, String member) {
    return kind() == Kind.MEMBER && from.equals(typeName + "#" + member);
  }

  /** Whether {@link #until()} has passed on {@code today}. */
  public boolean isOverdue(LocalDate today) {
    return until.map(today::isAfter).orElse(false);
  }
}
