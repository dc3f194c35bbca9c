package com.example.inventory.model;

import static com.example.inventory.util.Checks.MAX_NAME_LENGTH;
import static com.example.inventory.util.Checks.notBlank;

import com.example.inventory.util.Money;
import java.util.Comparator;

/** A product that can be stocked. */
public record Item(String code, String name, Category category, Money price) implements Identified {

  public static final Comparator<Item> BY_PRICE = Comparator.comparing(Item::price);

  public Item {
    notBlank(code, "code");
    notBlank(name, "name");
    if (name.length() > MAX_NAME_LENGTH) {
      name = name.substring(0, MAX_NAME_LENGTH);
    }
  }

  public Item withPrice(Money newPrice) {
    return new Item(code, name, category, newPrice);
  }

  public boolean isPerishable() {
    return category.isPerishable();
  }
}
