package dev.importhealth.core.internal.project;

/**
 * Maven's {@code <activation><jdk>} test: a version prefix ({@code 17}, {@code 1.8}), a range
 * ({@code [21,)}, {@code (,11]}, {@code [11,17)}), either negated with {@code !}.
 */
final class JdkActivation {

  private JdkActivation() {}

  static boolean matches(String spec, int feature) {
    String text = spec.trim();
    if (text.startsWith("!")) {
      return !matches(text.substring(1), feature);
    }
    if (text.startsWith("[") || text.startsWith("(")) {
      return inRange(text, feature);
    }
    return String.valueOf(feature).equals(text) || text.equals("1." + feature)
        || (text.startsWith(feature + ".") && feature > 1);
  }

  private static boolean inRange(String range, int feature) {
    boolean lowerInclusive = range.startsWith("[");
    boolean upperInclusive = range.endsWith("]");
    String[] bounds = range.substring(1, range.length() - 1).split(",", -1);
    if (bounds.length != 2) {
      return true; // a form we do not read: keep the profile, as before
    }
    if (!bounds[0].isBlank()) {
      int lower = feature(bounds[0]);
      if (feature < lower || (!lowerInclusive && feature == lower)) {
        return false;
      }
    }
    if (!bounds[1].isBlank()) {
      int upper = feature(bounds[1]);
      return feature < upper || (upperInclusive && feature == upper);
    }
    return true;
  }

  /** {@code 1.8} is 8, {@code 11.0.2} is 11. */
  private static int feature(String version) {
    String[] parts = version.trim().split("\\.");
    try {
      int first = Integer.parseInt(parts[0]);
      return first == 1 && parts.length > 1 ? Integer.parseInt(parts[1]) : first;
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
