package dev.importhealth.core.config;

import dev.importhealth.core.api.RuleDescriptor;
import dev.importhealth.core.api.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The contents of {@code import-health.yaml}, validated.
 *
 * @param file where it was read from; empty when the defaults apply
 * @param namespaces package prefixes the project owns completely: a missing package or type under
 *     one of them is reported even when no classpath is given
 * @param sources globs (relative to the project root) of Java files to analyse; empty means all
 * @param exclude globs of Java files to leave out
 * @param classpath extra classpath entries (jars, directories, globs), relative to the project root
 * @param rules per-rule overrides keyed by rule id
 * @param migrations the registry of moved paths, in file order
 * @param ssot the registry of concepts with one canonical implementation, in file order
 */
public record Config(
    Optional<Path> file,
    List<String> namespaces,
    List<String> sources,
    List<String> exclude,
    List<String> classpath,
    Map<String, RuleSetting> rules,
    List<Migration> migrations,
    List<SsotConcept> ssot) {

  public Config {
    namespaces = List.copyOf(namespaces);
    sources = List.copyOf(sources);
    exclude = List.copyOf(exclude);
    classpath = List.copyOf(classpath);
    rules = Map.copyOf(rules);
    migrations = List.copyOf(migrations);
    ssot = List.copyOf(ssot);
  }

  /** A configuration without an {@code ssot:} registry. */
  public Config(Optional<Path> file, List<String> namespaces, List<String> sources, List<String> exclude,
      List<String> classpath, Map<String, RuleSetting> rules, List<Migration> migrations) {
    this(file, namespaces, sources, exclude, classpath, rules, migrations, List.of());
  }

  /** A configuration without a migration registry. */
  public Config(Optional<Path> file, List<String> namespaces, List<String> sources, List<String> exclude,
      List<String> classpath, Map<String, RuleSetting> rules) {
    this(file, namespaces, sources, exclude, classpath, rules, List.of());
  }

  /**
   * Reads and validates an {@code import-health.yaml}, as a check does before the index is built
   * (whether registered classes exist is checked against the index later, by the check).
   *
   * @throws ConfigException naming the file, the line and the key of the first problem
   */
  public static Config read(Path file) throws ConfigException {
    return dev.importhealth.core.internal.config.ConfigLoader.load(file);
  }

  public static Config defaults() {
    return new Config(Optional.empty(), List.of(), List.of(), List.of(), List.of(), Map.of());
  }

  public boolean isEnabled(RuleDescriptor rule) {
    RuleSetting setting = rules.get(rule.id());
    return setting == null || !setting.off();
  }

  public Severity severityOf(RuleDescriptor rule) {
    RuleSetting setting = rules.get(rule.id());
    return setting == null ? rule.defaultSeverity() : setting.level().orElse(rule.defaultSeverity());
  }
}
