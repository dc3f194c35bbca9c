package com.example.model;

/** An amount in cents: a record with a constant, a factory and methods returning its own type. */
public record Money(long cents, String currency) {

  public static final Money ZERO = new Money(0, "EUR");
  public static final String DEFAULT_CURRENCY = "EUR";

  public static Money of(long cents) {
    return new Money(cents, DEFAULT_CURRENCY);
  }

  public Money plus(Money other) {
    return new Money(cents + other.cents, currency);
  }

  public Money times(int factor) {
    return new Money(cents * factor, currency);
  }

  public boolean isZero() {
    return cents == 0;
  }

  public String format() {
    return currency + " " + cents / 100 + "." + String.format("%02d", cents % 100);
  }
}
