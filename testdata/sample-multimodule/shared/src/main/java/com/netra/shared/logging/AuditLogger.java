package com.netra.shared.logging;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Collects audit lines in memory; the app ships them in batches. */
public class AuditLogger {

  private final Clock clock;
  private final List<String> lines = new ArrayList<>();

  public AuditLogger(Clock clock) {
    this.clock = clock;
  }

  public AuditLogger() {
    this(Clock.systemUTC());
  }

  public void log(LogLevel level, String event, Object... details) {
    lines.add(AuditFormatter.format(clock.instant(), level, event, details));
  }

  public void info(String event) {
    log(LogLevel.INFO, event);
  }

  public List<String> lines() {
    return List.copyOf(lines);
  }
}
