package com.example.app;

import static com.example.util.Strings.*;

import com.example.model.Money;
import com.example.model.Order;
import com.example.model.Status;
import java.util.function.Function;

/** Formats for the terminal: a static on-demand import, an inner class, a functional field. */
public class Console {

  private final int width;
  private final Function<Money, String> money = Money::format;

  public Console(int width) {
    this.width = width;
  }

  public Console() {
    this(DEFAULT_WIDTH);
  }

  public String row(String label, Money amount) {
    return pad(label, width) + money.apply(amount) + (amount.currency().equals(Money.DEFAULT_CURRENCY) ? "" : "*");
  }

  public String badge(Status status) {
    return switch (status) {
      case NEW, PAID -> "open";
      case SHIPPED -> "done";
      case CANCELLED -> "void";
    };
  }

  public String heading(String text) {
    return capitalize(text) + "\n" + repeat('-', width);
  }

  public String summary(Order order) {
    return join(" | ", order.id(), order.customer().name, order.total().format(), order.status().label);
  }

  public Table table() {
    return new Table();
  }

  /** An inner (non-static) class using its outer instance's state. */
  public class Table {
    private final StringBuilder out = new StringBuilder();

    public Table add(String label, Money amount) {
      out.append(row(label, amount)).append('\n');
      return this;
    }

    public String render() {
      return isBlank(out.toString()) ? EMPTY : out.toString() + Console.this.width;
    }
  }
}
