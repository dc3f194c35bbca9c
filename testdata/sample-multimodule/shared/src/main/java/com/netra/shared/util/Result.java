package com.netra.shared.util;

import java.util.function.Function;

/** The outcome of an operation that may fail without an exception. */
public sealed interface Result<T> permits Result.Ok, Result.Err {

  record Ok<T>(T value) implements Result<T> {}

  record Err<T>(String error) implements Result<T> {}

  static <T> Result<T> ok(T value) {
    return new Ok<>(value);
  }

  static <T> Result<T> err(String error) {
    return new Err<>(error);
  }

  default boolean isOk() {
    return this instanceof Ok<T>;
  }

  default <R> Result<R> map(Function<? super T, ? extends R> mapper) {
    if (this instanceof Ok<T> ok) {
      return new Ok<>(mapper.apply(ok.value()));
    }
    return new Err<>(((Err<T>) this).error());
  }
}
