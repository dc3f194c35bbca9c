package com.netra.shared.model;

import java.util.Objects;
import java.util.Set;

/** A user of the platform. */
public record User(String id, String displayName, String email, Set<User.Role> roles) implements Identifiable {

  /** What a user may do. */
  public enum Role { ADMIN, MEMBER, GUEST }

  public User {
    Objects.requireNonNull(id, "id");
    roles = Set.copyOf(roles);
  }

  public static User guest(String id) {
    return new User(id, "Guest", null, Set.of(Role.GUEST));
  }

  public boolean isAdmin() {
    return roles.contains(Role.ADMIN);
  }
}
