package dev.importhealth.core.config;

import dev.importhealth.core.api.Severity;
import java.util.Optional;

/** A user's override for one rule: a different level, or off. */
public record RuleSetting(boolean off, Optional<Severity> level) {

  public static RuleSetting disabled() {
    return new RuleSetting(true, Optional.empty());
  }

  public static RuleSetting at(Severity level) {
    return new RuleSetting(false, Optional.of(level));
  }
}
