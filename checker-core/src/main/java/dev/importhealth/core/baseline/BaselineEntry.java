package dev.importhealth.core.baseline;

import java.util.Comparator;
import java.util.Objects;

/**
 * One accepted finding.
 *
 * @param rule the rule id
 * @param file the file relative to the project root with {@code '/'} separators, or the symbol
 *     of a finding without a source file
 * @param fingerprint what matching uses; see {@link Fingerprints}
 * @param line where the finding was when the entry was written; for people, never matched
 * @param message the finding's message when the entry was written; for people, never matched
 */
public record BaselineEntry(String rule, String file, String fingerprint, int line, String message) {

  /** The order of a baseline file: by file, line, rule, then fingerprint. */
  static final Comparator<BaselineEntry> ORDER = Comparator.comparing(BaselineEntry::file)
      .thenComparingInt(BaselineEntry::line)
      .thenComparing(BaselineEntry::rule)
      .thenComparing(BaselineEntry::fingerprint);

  public BaselineEntry {
    Objects.requireNonNull(rule);
    Objects.requireNonNull(file);
    Objects.requireNonNull(fingerprint);
    Objects.requireNonNull(message);
  }
}
