package com.example.util;

/** Argument checks, used through static imports. */
public final class Checks {

  public static final String NOT_BLANK = "must not be blank";

  private Checks() {}

  public static String requireNonBlank(String value, String name) {
    if (Strings.isBlank(value)) {
      throw new IllegalArgumentException(name + " " + NOT_BLANK);
    }
    return value;
  }

  public static long requirePositive(long value, String name) {
    check(value > 0, "%s must be positive, was %d", name, value);
    return value;
  }

  public static void check(boolean condition, String format, Object... args) {
    if (!condition) {
      throw new IllegalArgumentException(String.format(format, args));
    }
  }
}
