package com.example.model;

/** An enum with a field, a constructor, methods and a constant with a body. */
public enum Status {
  NEW("new"),
  PAID("paid"),
  SHIPPED("shipped"),
  CANCELLED("cancelled") {
    @Override
    public boolean isFinal() {
      return true;
    }
  };

  public final String label;

  Status(String label) {
    this.label = label;
  }

  public boolean isFinal() {
    return this == SHIPPED;
  }

  public Status next() {
    switch (this) {
      case NEW:
        return PAID;
      case PAID:
        return SHIPPED;
      default:
        return this;
    }
  }

  public static Status parse(String text) {
    return valueOf(text.trim().toUpperCase());
  }
}
