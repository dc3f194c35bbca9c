package com.netra.app.audit;

// FINDING: package 'com.netra.shared.logging.legacy' does not exist
import com.netra.shared.logging.legacy.*;
import com.netra.shared.logging.LogLevel;

/** Still forwards to the old audit pipeline, which was removed. */
final class LegacyBridge {

  private LegacyBridge() {}

  static boolean alerts(LogLevel level) {
    return level.alerts();
  }
}
