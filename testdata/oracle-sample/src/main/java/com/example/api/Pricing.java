package com.example.api;

import com.example.model.Money;
import com.example.model.Order.Line;

/** A functional interface with a default and a static method, taking a nested type. */
@FunctionalInterface
public interface Pricing {

  Money priceOf(Line line);

  default Money priceAll(Line... lines) {
    Money total = Money.ZERO;
    for (Line line : lines) {
      total = total.plus(priceOf(line));
    }
    return total;
  }

  static Pricing listPrice() {
    return Line::total;
  }

  static Pricing discounted(int percent) {
    return line -> Money.of(line.total().cents() * (100 - percent) / 100);
  }
}
