package com.netra.shared.util;

/** String helpers the JDK lacks. */
public final class Strings {

  public static final String EMPTY = "";
  public static final int DEFAULT_WIDTH = 80;

  private Strings() {}

  public static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  public static String join(String separator, String... parts) {
    return String.join(separator, parts);
  }

  public static String truncate(String value) {
    return truncate(value, DEFAULT_WIDTH);
  }

  public static String truncate(String value, int width) {
    return value.length() <= width ? value : value.substring(0, width - 1) + "…";
  }
}
