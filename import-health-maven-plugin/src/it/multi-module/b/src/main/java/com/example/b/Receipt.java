package com.example.b;

import com.example.a.Prices;

/** Still calls Prices.render, which module a renamed to format. */
public final class Receipt {

  public String total(long cents) {
    return "Total: " + Prices.render(cents);
  }
}
