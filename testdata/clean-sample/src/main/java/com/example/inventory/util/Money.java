package com.example.inventory.util;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/** An amount in one currency, always with two decimals. */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

  public static final Currency EUR = Currency.getInstance("EUR");
  public static final Money ZERO = of(0, EUR);

  public Money {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    amount = amount.setScale(2, RoundingMode.HALF_EVEN);
  }

  public static Money of(long cents, Currency currency) {
    return new Money(BigDecimal.valueOf(cents, 2), currency);
  }

  public static Money of(String amount) {
    return new Money(new BigDecimal(amount), EUR);
  }

  public Money plus(Money other) {
    requireSameCurrency(other);
    return new Money(amount.add(other.amount), currency);
  }

  public Money times(int quantity) {
    return new Money(amount.multiply(BigDecimal.valueOf(quantity)), currency);
  }

  public boolean isZero() {
    return amount.signum() == 0;
  }

  @Override
  public int compareTo(Money other) {
    requireSameCurrency(other);
    return amount.compareTo(other.amount());
  }

  private void requireSameCurrency(Money other) {
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException(currency + " vs " + other.currency);
    }
  }

  @Override
  public String toString() {
    return amount.toPlainString() + " " + currency.getCurrencyCode();
  }
}
