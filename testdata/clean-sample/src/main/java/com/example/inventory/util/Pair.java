package com.example.inventory.util;

import java.util.function.Function;

/** Two values. */
public record Pair<A, B>(A first, B second) {

  public static <A, B> Pair<A, B> of(A first, B second) {
    return new Pair<>(first, second);
  }

  public <C> Pair<A, C> mapSecond(Function<? super B, ? extends C> mapper) {
    return new Pair<>(first, mapper.apply(second));
  }

  public Pair<B, A> swap() {
    return new Pair<>(second, first);
  }
}
