package com.example.app;

import com.example.api.Pricing;
import com.example.api.Repository;
import com.example.model.Customer;
import com.example.model.Money;
import com.example.model.Order;
import com.example.model.Status;
import com.example.service.*;
import com.example.util.Pair;
import java.util.ArrayList;
import java.util.List;

/** Wires everything together: chains, constants, fields, new-chains, method references. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    CustomerService customers = new CustomerService();
    Customer alice = customers.register("c1", "alice", "Main St 1", "Springfield");
    Repository<Order> repository = new InMemoryRepository<>();
    OrderService orders = new OrderService(repository, Pricing.discounted(10));
    Order order = orders.quickOrder(alice, "book", 2);
    order.addLine("pen", 3, Money.of(150)).addLine(order.firstLine().doubled());
    String city = order.customer().address().city;
    String street = alice.address().oneLine();
    Money total = orders.price(order).plus(Money.ZERO).times(2);
    Console console = new Console(16);
    System.out.println(console.heading("orders in " + city + ", " + street));
    System.out.println(console.summary(order));
    System.out.println(console.table().add("total", total).add("list", order.total()).render());
    List<String> events = new ArrayList<>();
    orders.watch(events);
    Order advanced = orders.advance(order.id());
    System.out.println(advanced.status().isFinal() + " " + Status.PAID.label + " " + events);
    Report report = Report.builder().title("Summary").lines("first", "second").line(orders.describe()).build();
    System.out.println(report.render());
    Pair<String, Money> pair = Pair.of(order.id(), total);
    System.out.println(pair.swap().describe() + " " + Order.MAX_LINES + " " + alice.email);
    System.out.println(new Console().row("zero", Money.ZERO) + new Report.Builder().title("x").build().title());
    orders.totals().forEach(System.out::println);
    System.out.println(customers.promote(alice) + " " + customers.isGold(alice) + " " + customers.created());
  }
}
