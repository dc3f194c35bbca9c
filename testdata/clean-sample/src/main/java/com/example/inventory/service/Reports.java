package com.example.inventory.service;

import com.example.inventory.model.Category;
import com.example.inventory.model.Identified;
import com.example.inventory.model.Item;
import com.example.inventory.util.Checks;
import com.example.inventory.util.Pair;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Renders inventory reports as text. */
public final class Reports {

  /** Output styles. */
  public enum Style { PLAIN, MARKDOWN }

  private final Inventory inventory;

  public Reports(Inventory inventory) {
    this.inventory = inventory;
  }

  public String summary(Style style) {
    String title = switch (style) {
      case PLAIN -> "Inventory";
      case MARKDOWN -> "# Inventory";
    };
    StringBuilder out = new StringBuilder(title).append('\n');
    for (Map.Entry<Category, Integer> entry : inventory.quantityByCategory().entrySet()) {
      out.append(line(style, entry.getKey().name(), entry.getValue()));
    }
    return out.append("total: ").append(inventory.totalValue()).toString();
  }

  private static String line(Style style, String label, int quantity) {
    return style == Style.MARKDOWN ? "- " + label + ": " + quantity + "\n" : label + "\t" + quantity + "\n";
  }

  public String perishables() {
    List<Item> items = inventory.items(Item::isPerishable);
    return String.join(", ", items.stream().map(Identified::displayCode).toList());
  }

  public String legend() {
    return """
        Categories: %d
        Name limit: %d characters
        """.formatted(Category.values().length, Checks.MAX_NAME_LENGTH);
  }

  public Supplier<String> deferred(String heading) {
    record Section(String heading, String body) {
      String render() {
        return heading + "\n" + body;
      }
    }
    Section section = new Section(heading, summary(Style.PLAIN));
    return section::render;
  }

  public Comparable<Pair<String, Integer>> ranking() {
    return new Comparable<>() {
      @Override
      public int compareTo(Pair<String, Integer> other) {
        return Integer.compare(inventory.size(), other.second());
      }
    };
  }

  public static String describe(Object value) {
    if (value instanceof Item item && item.isPerishable()) {
      return "perishable " + item.name();
    }
    if (value instanceof Identified identified) {
      return identified.displayCode();
    }
    return Checks.allPresent(value) ? value.toString() : "-";
  }
}
