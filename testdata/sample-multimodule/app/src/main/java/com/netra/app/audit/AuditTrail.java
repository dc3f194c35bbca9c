package com.netra.app.audit;

import com.netra.shared.logging.AuditLogger;
import com.netra.shared.logging.LogLevel;
// FINDING: package 'com.netra.shared.logging.legacy' does not exist. Did you mean 'com.netra.shared.logging.AuditFormatter'?
import com.netra.shared.logging.legacy.AuditFormatter;
// FINDING: package 'com.netra.shared.logging.legacy' does not exist
import com.netra.shared.logging.legacy.LegacyAuditSink;
import java.time.Instant;

/** Records who did what. */
public class AuditTrail {

  private final AuditLogger logger = new AuditLogger();
  private final LegacyAuditSink sink;
  // FINDING: package 'com.netra.shared.logging.legacy' does not exist
  private com.netra.shared.logging.legacy.RetentionPolicy retention;

  public AuditTrail(LegacyAuditSink sink) {
    this.sink = sink;
  }

  public void record(String actor, String action) {
    logger.log(LogLevel.INFO, action, actor);
    sink.write(AuditFormatter.format(Instant.now(), LogLevel.INFO, action, actor));
  }

  public int size() {
    return logger.lines().size();
  }
}
