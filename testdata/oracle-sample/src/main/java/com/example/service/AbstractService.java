package com.example.service;

import java.util.ArrayList;
import java.util.List;

/** An abstract base with a protected field, a template method and an overridable hook. */
public abstract class AbstractService {

  protected final String name;
  protected final List<String> log = new ArrayList<>();

  protected AbstractService(String name) {
    this.name = name;
  }

  protected void record(String message) {
    log.add(name + ": " + message);
  }

  public String describe() {
    return name + " (" + log.size() + " log entries)";
  }

  public abstract int size();

  public List<String> history() {
    return log;
  }
}
