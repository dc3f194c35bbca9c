package com.example.inventory.service;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.summingInt;

import com.example.inventory.model.Category;
import com.example.inventory.model.Item;
import com.example.inventory.model.Stock;
import com.example.inventory.model.Stock.Batch;
import com.example.inventory.util.Money;
import com.example.inventory.util.Pair;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** All stock of one warehouse. */
public class Inventory {

  private final Map<String, Stock> stocks = new LinkedHashMap<>();
  private InventoryListener listener = InventoryListener.none();

  public void onChange(InventoryListener next) {
    listener = listener.andThen(next);
  }

  public void receive(Item item, int quantity, LocalDate day) {
    Stock current = stocks.get(item.code());
    int before = current == null ? 0 : current.quantity();
    Stock.Builder builder = Stock.builder(item);
    if (current != null) {
      builder.add(current.batches().toArray(new Batch[0]));
    }
    Stock updated = builder.add(quantity, day).build();
    stocks.put(item.code(), updated);
    listener.changed(item, before, updated.quantity());
  }

  public Stock stockOf(String code) {
    return Optional.ofNullable(stocks.get(code))
        .orElseThrow(() -> new InventoryException(code, "no stock for " + code));
  }

  public Money totalValue() {
    Money total = Money.ZERO;
    for (Stock stock : stocks.values()) {
      total = total.plus(stock.value());
    }
    return total;
  }

  public Map<Category, Integer> quantityByCategory() {
    return stocks.values().stream()
        .collect(groupingBy(s -> s.item().category(), summingInt(Stock::quantity)));
  }

  public List<Item> items(Predicate<? super Item> filter) {
    List<Item> items = new ArrayList<>();
    stocks.values().forEach(stock -> {
      if (filter.test(stock.item())) {
        items.add(stock.item());
      }
    });
    items.sort(Item.BY_PRICE.thenComparing(Item::name, Comparator.reverseOrder()));
    return items;
  }

  public List<Pair<Item, Integer>> expiring(LocalDate today) {
    List<Pair<Item, Integer>> result = new ArrayList<>();
    for (Stock stock : stocks.values()) {
      Stock.Expiry expiry = stock.expiry();
      if (expiry.anyExpired(today)) {
        result.add(Pair.of(stock.item(), stock.quantity()));
      }
    }
    return result;
  }

  public int size() {
    return stocks.size();
  }
}
