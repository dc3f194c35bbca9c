package dev.importhealth.core.config;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One entry of the {@code ssot:} registry: a concept with one canonical implementation, for IH401
 * and IH402.
 *
 * @param name the concept's name, unique in the registry ({@code websocket-manager})
 * @param canonical the canonical implementation's canonical name ({@code com.a.UnifiedWebSocketManager})
 * @param interfaceName the role every implementation shares; its implementors compete
 * @param pattern simple names of classes that claim the same role (the whole name must match)
 * @param allow canonical names of sanctioned exceptions (test doubles)
 * @param line the 1-based line of the entry in {@code import-health.yaml}
 */
public record SsotConcept(
    String name, String canonical, Optional<String> interfaceName, Optional<Pattern> pattern, List<String> allow,
    Optional<String> description, int line) {

  public SsotConcept {
    Objects.requireNonNull(name);
    Objects.requireNonNull(canonical);
    Objects.requireNonNull(interfaceName);
    Objects.requireNonNull(pattern);
    allow = List.copyOf(allow);
    Objects.requireNonNull(description);
  }
}
