package com.netra.app.users;

import com.netra.shared.model.BaseEntity;
import com.netra.shared.model.User;
import java.util.ArrayList;
import java.util.List;

/** A billing account; inherits id, version and touch() from the shared module's BaseEntity. */
public class Account extends BaseEntity {

  private final List<User> members = new ArrayList<>();

  public Account(String id) {
    super(id);
  }

  public void add(User member) {
    members.add(member);
    touch();
  }

  public String title() {
    return describe() + " v" + version() + " (" + id + ")";
  }

  public List<String> memberNames() {
    List<String> names = new ArrayList<>();
    members.forEach(m -> names.add(m.displayName()));
    return names;
  }

  @Override
  public String toString() {
    return super.toString() + title() + hashCode() + getClass().getName();
  }

  /** An inner (non-static) class reads the outer instance's state. */
  public class Invoice {
    private final long number;

    public Invoice(long number) {
      this.number = number;
    }

    public String reference() {
      return id() + "-" + number + "-" + members.size();
    }
  }
}
