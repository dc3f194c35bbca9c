package dev.importhealth.core.report.internal;

/** Small text conventions shared by the reporters. */
public final class Texts {

  private Texts() {}

  /**
   * {@code text} as a sentence: trimmed, ending with a period unless it already ends with
   * {@code .}, {@code !} or {@code ?}. SARIF consumers show the first sentence of a message.
   */
  public static String sentence(String text) {
    String trimmed = text.strip();
    if (trimmed.isEmpty()
        || trimmed.endsWith(".")
        || trimmed.endsWith("!")
        || trimmed.endsWith("?")) {
      return trimmed;
    }
    return trimmed + ".";
  }

  /** {@code "1 error"}, {@code "2 errors"}. */
  public static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
