package com.netra.shared.logging;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Formats audit lines. Moved up from the removed com.netra.shared.logging.legacy package. */
public final class AuditFormatter {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_LOCAL_DATE_TIME.withZone(ZoneOffset.UTC);

  private AuditFormatter() {}

  public static String format(Instant at, LogLevel level, String event, Object... details) {
    StringBuilder line = new StringBuilder(TIME.format(at)).append(' ').append(level.tag()).append(' ').append(event);
    for (Object detail : details) {
      line.append(' ').append(detail);
    }
    return line.toString();
  }
}
