package dev.importhealth.core.api;

import java.util.Objects;
import java.util.Optional;

/**
 * A remark about the analysis itself (IH9xx): a file that could not be parsed, references that
 * could not be checked. Notices never fail a run; SARIF carries them as tool notifications.
 */
public record Notice(String ruleId, String message, Optional<FileRegion> region) {

  public Notice {
    Objects.requireNonNull(ruleId);
    Objects.requireNonNull(message);
    Objects.requireNonNull(region);
  }
}
