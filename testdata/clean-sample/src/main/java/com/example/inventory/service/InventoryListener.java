package com.example.inventory.service;

import com.example.inventory.model.Item;

/** Told about every change of stock. */
@FunctionalInterface
public interface InventoryListener {

  void changed(Item item, int oldQuantity, int newQuantity);

  default InventoryListener andThen(InventoryListener next) {
    return (item, before, after) -> {
      changed(item, before, after);
      next.changed(item, before, after);
    };
  }

  static InventoryListener none() {
    return (item, before, after) -> { };
  }
}
