package com.example.service;

import com.example.api.ApiException;
import com.example.model.Customer;
import com.example.model.Customer.Address;
import com.example.model.Customer.Tier;
import com.example.util.Strings;
import java.util.Optional;

/** Customers: nested type imports, field access on known types, this and super. */
public class CustomerService extends AbstractService {

  private final InMemoryRepository<Customer> customers = new InMemoryRepository<>();
  private int created;

  public CustomerService() {
    super("customers");
  }

  public Customer register(String id, String name, String street, String city) {
    if (Strings.isBlank(name)) {
      throw new ApiException("name " + com.example.util.Checks.NOT_BLANK);
    }
    Address address = new Address(street, city);
    Customer customer = new Customer(id, name, address);
    customer.email = name.toLowerCase() + "@example.com";
    this.created++;
    customers.save(customer);
    super.record("registered " + customer.name);
    return customer;
  }

  public String addressOf(String id) {
    Optional<Customer> found = customers.findById(id);
    return found.isPresent() ? Strings.pad(id) + found.get().address().oneLine() : Strings.EMPTY;
  }

  public boolean isGold(Customer customer) {
    return customer.tier() == Tier.GOLD;
  }

  public Customer.Tier promote(Customer customer) {
    return customer.upgrade().tier();
  }

  @Override
  public int size() {
    return customers.count();
  }

  public int created() {
    return this.created;
  }
}
