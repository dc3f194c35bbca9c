package dev.importhealth.core.config;

import java.nio.file.Path;

/**
 * A configuration file that cannot be used. The message names the file, the line and the key, so
 * the user can fix it without guessing; the CLI exits with code 2.
 */
public final class ConfigException extends Exception {
  private static final long serialVersionUID = 1L;

  private final int line;
  private final String key;

  public ConfigException(Path file, int line, String key, String problem) {
    super(file + (line > 0 ? ":" + line : "") + ": " + (key.isEmpty() ? "" : "'" + key + "': ") + problem);
    this.line = line;
    this.key = key;
  }

  /** 1-based line of the offending entry, or 0 when the file as a whole is at fault. */
  public int line() {
    return line;
  }

  public String key() {
    return key;
  }
}
