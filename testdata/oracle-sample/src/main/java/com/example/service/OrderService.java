package com.example.service;

import static com.example.util.Checks.requireNonBlank;
import static com.example.util.Checks.requirePositive;

import com.example.api.ApiException;
import com.example.api.Audited;
import com.example.api.OrderEvents;
import com.example.api.Pricing;
import com.example.api.Repository;
import com.example.model.*;
import com.example.model.Order.Line;
import com.example.util.Checks;
import com.example.util.IdGenerator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** Places orders: overrides, super calls, lambdas, method references, an anonymous class. */
@Audited("orders")
public class OrderService extends AbstractService {

  private final Repository<Order> orders;
  private final Pricing pricing;
  private final IdGenerator ids = IdGenerator.sequential("order");
  private final List<OrderEvents> listeners = new ArrayList<>();

  public OrderService(Repository<Order> orders, Pricing pricing) {
    super("orders");
    this.orders = orders;
    this.pricing = pricing;
  }

  public Order place(Customer customer, Line... lines) {
    Order order = new Order(ids.next(), customer).addLines(lines);
    Checks.check(order.lines().size() <= Order.MAX_LINES, "too many lines: %d", order.lines().size());
    orders.save(order);
    record("placed " + order.id());
    return order;
  }

  public Order quickOrder(Customer customer, String sku, int quantity) {
    requireNonBlank(sku, "sku");
    requirePositive(quantity, "quantity");
    Line line = new Line(sku, quantity, Money.of(1000));
    return place(customer, line);
  }

  public Money price(Order order) {
    Money total = Money.ZERO;
    for (Line line : order.lines()) {
      total = total.plus(pricing.priceOf(line));
    }
    return total;
  }

  public Order advance(String id) {
    Order order = orders.findById(id).orElseThrow(() -> ApiException.notFound(id));
    Status from = order.status();
    order.withStatus(from.next());
    OrderEvents.Event event = new OrderEvents.Event(order, from, order.status());
    listeners.forEach(listener -> listener.onEvent(event));
    return order;
  }

  public void watch(List<String> sink) {
    listeners.add(new OrderEvents() {
      @Override
      public void onEvent(OrderEvents.Event event) {
        sink.add(event.summary());
        record(event.to().label);
      }
    });
  }

  public List<String> totals() {
    return orders.all().stream()
        .sorted(Comparator.comparing(Order::id))
        .map(Order::total)
        .map(Money::format)
        .collect(Collectors.toList());
  }

  @Override
  public int size() {
    return orders.count();
  }

  @Override
  public String describe() {
    return super.describe() + ", " + Repository.describe(orders);
  }
}
