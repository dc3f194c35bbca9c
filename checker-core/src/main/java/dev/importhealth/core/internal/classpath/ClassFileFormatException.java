package dev.importhealth.core.internal.classpath;

/** A class file, descriptor or signature that cannot be read; the message says what and where. */
public final class ClassFileFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ClassFileFormatException(String message) {
    super(message);
  }

  public ClassFileFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
