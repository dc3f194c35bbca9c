package com.example.inventory.util;

import java.util.Collection;

/** Argument checks with messages that name the argument. */
public final class Checks {

  public static final int MAX_NAME_LENGTH = 64;

  private Checks() {}

  public static String notBlank(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }

  public static int positive(int value, String name) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive, was " + value);
    }
    return value;
  }

  public static long positive(long value, String name) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive, was " + value);
    }
    return value;
  }

  public static <T extends Collection<?>> T notEmpty(T values, String name) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException(name + " must not be empty");
    }
    return values;
  }

  /** True when every value is non-null; for optional arguments given as varargs. */
  public static boolean allPresent(Object... values) {
    for (Object value : values) {
      if (value == null) {
        return false;
      }
    }
    return true;
  }
}
