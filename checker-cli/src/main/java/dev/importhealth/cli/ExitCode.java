package dev.importhealth.cli;

/** The process exit codes, documented in the README. */
public enum ExitCode {
  /** Nothing at or above the --fail-on level. */
  CLEAN(0),
  /** Findings at or above the --fail-on level. */
  FINDINGS(1),
  /** A wrong option, or a configuration file that cannot be used. */
  USAGE_OR_CONFIG(2),
  /** A bug in import-health; rerun with --verbose for the stack trace. */
  INTERNAL_ERROR(3);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }
}
