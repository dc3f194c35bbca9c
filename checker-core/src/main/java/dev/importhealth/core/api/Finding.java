package dev.importhealth.core.api;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One problem found in the code. Immutable; created only by the engine's reporting API so that
 * rule id and severity always agree with the rule's metadata and the user's configuration.
 *
 * @param message a full sentence, ending with a period
 * @param suggestions replacements the user may mean, best first (may be empty)
 * @param fix exact edits that resolve it, when the rule knows them
 */
public record Finding(
    String ruleId, Severity severity, String message, Location location, List<String> suggestions,
    Optional<Fix> fix) {

  /** Sorts by file, position, then rule, so equal inputs give byte-identical reports. */
  public static final Comparator<Finding> ORDER =
      Comparator.comparing((Finding f) -> sortKey(f.location()))
          .thenComparingInt(f -> f.location() instanceof FileRegion r ? r.startLine() : 0)
          .thenComparingInt(f -> f.location() instanceof FileRegion r ? r.startColumn() : 0)
          .thenComparing(Finding::ruleId)
          .thenComparing(Finding::message);

  public Finding {
    Objects.requireNonNull(ruleId);
    Objects.requireNonNull(severity);
    Objects.requireNonNull(message);
    Objects.requireNonNull(location);
    suggestions = List.copyOf(suggestions);
    Objects.requireNonNull(fix);
  }

  public Finding(String ruleId, Severity severity, String message, Location location, List<String> suggestions) {
    this(ruleId, severity, message, location, suggestions, Optional.empty());
  }

  private static String sortKey(Location location) {
    return location instanceof FileRegion r ? r.file().toString() : location.describe();
  }
}
