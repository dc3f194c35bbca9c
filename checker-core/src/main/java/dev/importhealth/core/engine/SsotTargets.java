package dev.importhealth.core.engine;

import dev.importhealth.core.config.Config;
import dev.importhealth.core.config.ConfigException;
import dev.importhealth.core.config.SsotConcept;
import dev.importhealth.core.internal.symbols.SymbolTable;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Checks the {@code ssot:} registry against the index once it is built: a canonical or interface
 * that does not exist, or a pattern no source type's simple name matches, would let IH401 and
 * IH402 pass for the wrong reason. As for migration targets, a type in a package the index cannot
 * know completely is given the benefit of the doubt.
 */
final class SsotTargets {

  private SsotTargets() {}

  static void check(Config config, SymbolTable table) throws ConfigException {
    Path file = config.file().orElse(Path.of("import-health.yaml"));
    for (SsotConcept concept : config.ssot()) {
      if (missing(concept.canonical(), table)) {
        throw new ConfigException(file, concept.line(), "ssot.canonical",
            "type '" + concept.canonical() + "' does not exist in the project or its classpath");
      }
      if (concept.interfaceName().isPresent() && missing(concept.interfaceName().get(), table)) {
        throw new ConfigException(file, concept.line(), "ssot.interface",
            "type '" + concept.interfaceName().get() + "' does not exist in the project or its classpath");
      }
      if (concept.pattern().isPresent() && !matchesASourceType(concept.pattern().get(), table)) {
        throw new ConfigException(file, concept.line(), "ssot.pattern", "'" + concept.pattern().get()
            + "' matches the simple name of no type in the project's sources");
      }
    }
  }

  private static boolean missing(String canonicalName, SymbolTable table) {
    return MigrationTargets.type(canonicalName, table).isEmpty() && !MigrationTargets.mayExist(canonicalName, table);
  }

  private static boolean matchesASourceType(Pattern pattern, SymbolTable table) {
    return table.sourceSimpleNames().stream().anyMatch(name -> pattern.matcher(name).matches());
  }
}
