package dev.importhealth.core.baseline;

import java.io.IOException;

/**
 * A baseline file that cannot be used: missing, unreadable, not JSON, not a baseline, or from a
 * newer format. An I/O error, so the command line exits with 2 and names the file; a baseline is
 * never treated as empty and never overwritten after this.
 */
public final class BaselineException extends IOException {

  public BaselineException(String message) {
    super(message);
  }

  public BaselineException(String message, Throwable cause) {
    super(message, cause);
  }
}
