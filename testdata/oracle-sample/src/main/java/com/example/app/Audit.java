package com.example.app;

import com.example.model.Customer;
import com.example.model.Entity;
import com.example.model.Money;
import com.example.model.Order;
import com.example.model.Status;
import com.example.util.IdGenerator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/** Checks entities: instanceof, casts, a local class, qualified names, a lambda-typed field. */
public class Audit {

  private final Predicate<Order> open = order -> !order.status().isFinal();
  private final IdGenerator.Sequential ids = new IdGenerator.Sequential("audit");
  private final Function<Order, Money> totalOf = (Order order) -> order.total().plus(Money.ZERO);

  public String check(List<? extends Entity> entities) {
    StringBuilder out = new StringBuilder();
    for (Entity entity : entities) {
      if (entity instanceof Order) {
        Order order = (Order) entity;
        out.append(open.test(order) ? "open " : "closed ").append(order.describe());
      } else if (entity instanceof Customer customer) {
        out.append(customer.address().oneLine()).append(customer.tier().higher());
      }
      out.append(' ').append(ids.nextWithSuffix(entity.label()));
    }
    for (Status status : Status.values()) {
      out.append(status.ordinal()).append(status.label);
    }
    return out.toString() + " " + ids.issued() + " " + Order.class.getSimpleName();
  }

  public String totals(Order first, Order second) {
    var console = new Console(8);
    return console.row("first", totalOf.apply(first)) + console.table().add("second", second.total()).render();
  }

  public int countOpen(List<Order> orders) {
    class Counter {
      int open;

      void visit(Order order) {
        if (order.status() != Status.CANCELLED && order.status() != com.example.model.Status.SHIPPED) {
          open++;
        }
      }
    }
    Counter counter = new Counter();
    orders.forEach(counter::visit);
    return counter.open;
  }
}
