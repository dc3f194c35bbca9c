package com.example;

/** Still on the deprecated call: the finding the baseline accepts. */
public final class Timer {

  public long started() {
    return Clock.millis();
  }
}
