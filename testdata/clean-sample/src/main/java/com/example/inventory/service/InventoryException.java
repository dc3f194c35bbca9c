package com.example.inventory.service;

/** A stock operation that cannot be done. */
public class InventoryException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String code;

  public InventoryException(String code, String message) {
    super(message);
    this.code = code;
  }

  public String code() {
    return code;
  }
}
