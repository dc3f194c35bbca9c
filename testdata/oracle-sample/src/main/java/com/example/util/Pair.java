package com.example.util;

/** A generic record with a static factory and a method returning its own type. */
public record Pair<A, B>(A first, B second) {

  public static <A, B> Pair<A, B> of(A first, B second) {
    return new Pair<>(first, second);
  }

  public Pair<B, A> swap() {
    return new Pair<>(second, first);
  }

  public String describe() {
    return "(" + first + ", " + second + ")";
  }
}
