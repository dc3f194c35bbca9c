package com.example.inventory.model;

import com.example.inventory.util.Checks;
import com.example.inventory.util.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** How many of one item are on hand, in batches with expiry dates. */
public final class Stock {

  /** One delivery of an item. */
  public record Batch(int quantity, LocalDate received) {
    public Batch {
      Checks.positive(quantity, "quantity");
    }
  }

  private final Item item;
  private final List<Batch> batches = new ArrayList<>();

  private Stock(Item item) {
    this.item = item;
  }

  public static Builder builder(Item item) {
    return new Builder(item);
  }

  public Item item() {
    return item;
  }

  public int quantity() {
    return batches.stream().mapToInt(Batch::quantity).sum();
  }

  public Money value() {
    return item.price().times(quantity());
  }

  public List<Batch> batches() {
    return Collections.unmodifiableList(batches);
  }

  public Optional<Batch> oldest() {
    return batches.stream().min((a, b) -> a.received().compareTo(b.received()));
  }

  public Expiry expiry() {
    return new Expiry();
  }

  /** An inner class: reads the enclosing stock's batches. */
  public final class Expiry {
    public boolean anyExpired(LocalDate today) {
      if (!item.isPerishable()) {
        return false;
      }
      int days = item.category().shelfLifeDays();
      return batches.stream().anyMatch(b -> b.received().plusDays(days).isBefore(today));
    }
  }

  /** Builds a Stock. */
  public static final class Builder {
    private final Stock stock;

    private Builder(Item item) {
      this.stock = new Stock(item);
    }

    public Builder add(int quantity, LocalDate received) {
      stock.batches.add(new Batch(quantity, received));
      return this;
    }

    public Builder add(Batch... batches) {
      Collections.addAll(stock.batches, batches);
      return this;
    }

    public Stock build() {
      return stock;
    }
  }
}
