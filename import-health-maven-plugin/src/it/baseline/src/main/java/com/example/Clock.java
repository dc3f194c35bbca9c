package com.example;

/** The old way to read the time, kept until every caller has moved to {@link #now()}. */
public final class Clock {

  @Deprecated(forRemoval = true)
  public static long millis() {
    return now();
  }

  public static long now() {
    return System.currentTimeMillis();
  }
}
