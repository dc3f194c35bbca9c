package com.example.model;

import com.example.util.Strings;

/** A customer with a nested static class and a nested enum. */
public class Customer extends Entity {

  public final String name;
  public String email;
  private final Address address;
  private Tier tier = Tier.STANDARD;

  public Customer(String id, String name, Address address) {
    super(id);
    this.name = name;
    this.address = address;
  }

  public Address address() {
    return address;
  }

  public Tier tier() {
    return tier;
  }

  public Customer upgrade() {
    this.tier = tier.higher();
    return this;
  }

  @Override
  public String describe() {
    return Strings.capitalize(name) + " from " + address.city;
  }

  /** A postal address. */
  public static class Address {
    public final String street;
    public final String city;

    public Address(String street, String city) {
      this.street = street;
      this.city = city;
    }

    public String oneLine() {
      return street + ", " + city;
    }
  }

  /** Loyalty tiers. */
  public enum Tier {
    STANDARD,
    GOLD;

    public Tier higher() {
      return this == STANDARD ? GOLD : this;
    }
  }
}
