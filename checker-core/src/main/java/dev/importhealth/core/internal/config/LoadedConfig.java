package dev.importhealth.core.internal.config;

import dev.importhealth.core.config.Config;
import java.util.Map;
import java.util.Set;

/**
 * A validated configuration together with where its keys were written, so that checks made later
 * (unknown rule ids, once the engine knows its rules) can still name the line.
 *
 * @param keyLines 1-based line of every key, by dotted path: {@code namespaces}, {@code rules},
 *     {@code rules.IH001}, {@code rules.IH001.level}
 */
public record LoadedConfig(Config config, Map<String, Integer> keyLines) {

  public LoadedConfig {
    keyLines = Map.copyOf(keyLines);
  }

  /** The 1-based line of a key, or 0 when the key was not written (defaults). */
  public int lineOf(String keyPath) {
    return keyLines.getOrDefault(keyPath, 0);
  }

  /** See {@link ConfigLoader#validateRuleIds(LoadedConfig, Set)}. */
  public void validateRuleIds(Set<String> knownIds) throws dev.importhealth.core.config.ConfigException {
    ConfigLoader.validateRuleIds(this, knownIds);
  }
}
