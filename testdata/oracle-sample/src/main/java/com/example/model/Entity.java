package com.example.model;

/** The abstract base of everything a repository stores. */
public abstract class Entity {

  protected final String id;

  protected Entity(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public abstract String describe();

  public String label() {
    return getClass().getSimpleName() + "#" + id;
  }

  @Override
  public String toString() {
    return label() + ": " + describe();
  }
}
