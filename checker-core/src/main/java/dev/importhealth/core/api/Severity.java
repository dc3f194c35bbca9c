package dev.importhealth.core.api;

import java.util.Locale;

/** How serious a finding is; maps one to one onto SARIF's {@code level}. */
public enum Severity {
  ERROR,
  WARNING,
  NOTE;

  /** The SARIF {@code level} and the word used in text output. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True when a finding of this severity should fail a check run with the given threshold. */
  public boolean atLeast(Severity threshold) {
    return ordinal() <= threshold.ordinal();
  }

  public static Severity parse(String text) {
    return valueOf(text.trim().toUpperCase(Locale.ROOT));
  }
}
