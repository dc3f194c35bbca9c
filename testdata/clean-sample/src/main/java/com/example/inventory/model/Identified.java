package com.example.inventory.model;

import java.util.Locale;

/** Something with a stable, human-readable code. */
public interface Identified {

  String code();

  default String displayCode() {
    return code().toUpperCase(Locale.ROOT);
  }

  static boolean sameCode(Identified a, Identified b) {
    return a.code().equalsIgnoreCase(b.code());
  }
}
