package com.netra.shared.model;

/** A stored entity with optimistic locking. */
public abstract class BaseEntity implements Identifiable {

  protected final String id;
  protected long version;

  protected BaseEntity(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }

  public long version() {
    return version;
  }

  protected void touch() {
    version++;
  }
}
