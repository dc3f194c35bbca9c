package com.example.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** An order: nested record, overloads, varargs, methods returning project types. */
public class Order extends Entity {

  public static final int MAX_LINES = 50;

  private final Customer customer;
  private final List<Line> lines = new ArrayList<>();
  private Status status = Status.NEW;
  public String note;

  public Order(String id, Customer customer) {
    super(id);
    this.customer = customer;
  }

  public Customer customer() {
    return customer;
  }

  public Status status() {
    return status;
  }

  public Order withStatus(Status status) {
    this.status = status;
    return this;
  }

  public Order addLine(String sku, int quantity, Money price) {
    lines.add(new Line(sku, quantity, price));
    return this;
  }

  public Order addLine(Line line) {
    lines.add(line);
    return this;
  }

  public Order addLines(Line... more) {
    Collections.addAll(lines, more);
    return more.length > 0 && more[0].quantity() > MAX_LINES ? withStatus(Status.CANCELLED) : this;
  }

  public List<Line> lines() {
    return Collections.unmodifiableList(lines);
  }

  public Line firstLine() {
    return lines.get(0);
  }

  public Money total() {
    Money sum = Money.ZERO;
    for (Line line : lines) {
      sum = sum.plus(line.total());
    }
    return sum;
  }

  @Override
  public String describe() {
    return lines.size() + " lines for " + customer.name + ", " + status.label;
  }

  /** One line of an order. */
  public record Line(String sku, int quantity, Money price) {

    public Line {
      if (quantity <= 0) {
        throw new IllegalArgumentException("quantity");
      }
    }

    public Money total() {
      return price.times(quantity);
    }

    public Line doubled() {
      return new Line(sku, quantity * 2, price);
    }
  }
}
