package com.example.api;

import com.example.model.Order;
import com.example.model.Status;

/** A listener interface with a nested record. */
public interface OrderEvents {

  void onEvent(Event event);

  /** Something that happened to an order. */
  record Event(Order order, Status from, Status to) {
    public String summary() {
      return order.id() + ": " + from.label + " -> " + to.label;
    }
  }
}
