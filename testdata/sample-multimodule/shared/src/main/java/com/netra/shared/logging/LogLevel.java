package com.netra.shared.logging;

/** Severity of an audit line; ERROR lines page someone. */
public enum LogLevel {
  DEBUG("D"),
  INFO("I"),
  WARN("W"),
  ERROR("E") {
    @Override
    public boolean alerts() {
      return true;
    }
  };

  private final String tag;

  LogLevel(String tag) {
    this.tag = tag;
  }

  public String tag() {
    return tag;
  }

  public boolean alerts() {
    return false;
  }
}
