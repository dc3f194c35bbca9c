package com.example.util;

import java.util.StringJoiner;

/** String helpers: overloads, varargs and a constant. */
public final class Strings {

  public static final String EMPTY = "";
  public static final int DEFAULT_WIDTH = 12;

  private Strings() {}

  public static boolean isBlank(String text) {
    return text == null || text.trim().isEmpty();
  }

  public static String pad(String text, int width) {
    StringBuilder builder = new StringBuilder(text);
    while (builder.length() < width) {
      builder.append(' ');
    }
    return builder.toString();
  }

  public static String pad(String text) {
    return pad(text, DEFAULT_WIDTH);
  }

  public static String join(String separator, String... parts) {
    StringJoiner joiner = new StringJoiner(separator);
    for (String part : parts) {
      joiner.add(part);
    }
    return joiner.toString();
  }

  public static String repeat(char c, int times) {
    return String.valueOf(c).repeat(times);
  }

  public static String capitalize(String text) {
    if (isBlank(text)) {
      return EMPTY;
    }
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
