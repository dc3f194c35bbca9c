package com.example.a;

/** Formats prices; {@code format} was called {@code render} before. */
public final class Prices {

  public static String format(long cents) {
    return cents / 100 + "." + String.format("%02d", cents % 100);
  }
}
