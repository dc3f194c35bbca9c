package dev.importhealth.core.model;

/** Whether a source root holds production code or test code. */
public enum SourceScope {
  MAIN,
  TEST
}
