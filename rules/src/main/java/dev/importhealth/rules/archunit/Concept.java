package dev.importhealth.rules.archunit;

import java.util.List;
import java.util.Optional;

/**
 * What {@link SsotRules} needs of one {@code ssot:} entry of {@code import-health.yaml}: the class
 * names are binary names ({@code com.acme.Outer$Inner}), the pattern a regular expression for
 * simple class names. {@link SsotRules#fromConfig} fills it from the validated configuration.
 */
record Concept(
    String name,
    String canonical,
    Optional<String> role,
    Optional<String> pattern,
    List<String> allowed,
    Optional<String> description) {

  Concept {
    allowed = List.copyOf(allowed);
  }
}
