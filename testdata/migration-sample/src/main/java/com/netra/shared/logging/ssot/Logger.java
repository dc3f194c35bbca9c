package com.netra.shared.logging.ssot;

public final class Logger {

  private final String name;

  Logger(String name) {
    this.name = name;
  }

  public void info(String message) {
    System.out.println(name + ": " + message);
  }
}
