package com.example.api;

/** An exception with a code field and overloaded constructors. */
public class ApiException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public final int code;

  public ApiException(String message) {
    this(message, 400);
  }

  public ApiException(String message, int code) {
    super(message);
    this.code = code;
  }

  public static ApiException notFound(String what) {
    return new ApiException(what + " not found", 404);
  }
}
