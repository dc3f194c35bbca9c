package com.example.util;

/** An interface with a default method, a static factory and a nested implementation. */
public interface IdGenerator {

  String PREFIX_SEPARATOR = "-";

  String next();

  default String nextWithSuffix(String suffix) {
    return next() + PREFIX_SEPARATOR + suffix;
  }

  static IdGenerator sequential(String prefix) {
    return new Sequential(prefix);
  }

  /** Counts up from one. */
  final class Sequential implements IdGenerator {
    private final String prefix;
    private int counter;

    public Sequential(String prefix) {
      this.prefix = prefix;
    }

    @Override
    public String next() {
      this.counter++;
      return prefix + PREFIX_SEPARATOR + counter;
    }

    public int issued() {
      return counter;
    }
  }
}
