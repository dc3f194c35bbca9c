package dev.importhealth.core.api;

/**
 * Where a finding is: a region of a source file, or, for findings read from bytecode, a class or
 * one of its members.
 */
public sealed interface Location permits FileRegion, SymbolLocation {

  /** A stable, human-readable form used for sorting and in text output. */
  String describe();
}
