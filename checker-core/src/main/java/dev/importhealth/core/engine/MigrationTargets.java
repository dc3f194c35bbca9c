package dev.importhealth.core.engine;

import dev.importhealth.core.config.Config;
import dev.importhealth.core.config.ConfigException;
import dev.importhealth.core.config.Migration;
import dev.importhealth.core.index.TypeSymbol;
import dev.importhealth.core.internal.symbols.SymbolTable;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Checks that every migration's {@code to} exists, once the index is built: a registry pointing
 * at nothing would send every user of the old path to a dead end. A target in a package the
 * index cannot know completely (a library not on the classpath) is given the benefit of the doubt.
 */
final class MigrationTargets {

  private MigrationTargets() {}

  static void check(Config config, SymbolTable table) throws ConfigException {
    for (Migration migration : config.migrations()) {
      String problem = problem(migration, table);
      if (problem != null) {
        throw new ConfigException(config.file().orElse(Path.of("import-health.yaml")), migration.line(),
            "migrations.to", problem);
      }
    }
  }

  /** Why the target does not exist, or null when it does (or may). */
  private static String problem(Migration migration, SymbolTable table) {
    String to = migration.to();
    String owner = Migration.owner(to);
    if (migration.kind() == Migration.Kind.PACKAGE) {
      return table.packageExists(owner) || !table.knowledgeOf(owner).isComplete() ? null
          : "package '" + owner + "' does not exist in the project or its classpath";
    }
    Optional<TypeSymbol> type = type(owner, table);
    if (type.isEmpty()) {
      return mayExist(owner, table) ? null : "type '" + owner + "' does not exist in the project or its classpath";
    }
    if (migration.kind() == Migration.Kind.MEMBER && type.get().membersKnown()) {
      String member = Migration.member(to);
      boolean has = type.get().methods().stream().anyMatch(m -> m.name().equals(member))
          || type.get().fields().stream().anyMatch(f -> f.name().equals(member))
          || type.get().memberTypes().containsKey(member);
      return has ? null : "type '" + owner + "' has no member named '" + member + "'";
    }
    return null;
  }

  /** A canonical name read as a top-level type, then as nested types from the right. */
  static Optional<TypeSymbol> type(String canonical, SymbolTable table) {
    String binary = canonical;
    while (true) {
      Optional<TypeSymbol> found = table.type(binary);
      int dot = binary.lastIndexOf('.');
      if (found.isPresent() || dot < 0) {
        return found;
      }
      binary = binary.substring(0, dot) + "$" + binary.substring(dot + 1);
    }
  }

  /**
   * Whether the index may not know the type: its package (the names before the first one that
   * starts with an upper-case letter) is not one the index knows completely.
   */
  static boolean mayExist(String canonical, SymbolTable table) {
    String[] parts = canonical.split("\\.");
    StringBuilder pkg = new StringBuilder();
    for (int i = 0; i < parts.length - 1 && !Character.isUpperCase(parts[i].charAt(0)); i++) {
      pkg.append(pkg.isEmpty() ? "" : ".").append(parts[i]);
    }
    return !table.knowledgeOf(pkg.toString()).isComplete();
  }
}
