package com.netra.shared.logging.ssot;

/** The unified logging entry point. */
public final class LoggerFactory {

  private LoggerFactory() {}

  public static Logger get(Class<?> owner) {
    return new Logger(owner.getName());
  }
}
