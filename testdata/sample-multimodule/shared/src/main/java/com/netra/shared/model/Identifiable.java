package com.netra.shared.model;

/** Anything with a stable id. */
public interface Identifiable {

  String id();

  default String describe() {
    return getClass().getSimpleName() + "#" + id();
  }
}
