package com.netra.app.testsupport;

import com.netra.shared.model.User;
import com.netra.shared.model.User.Role;
import java.util.EnumSet;
import java.util.Set;

/** Builds users for tests. createTestUserWithToken was renamed to createTestUserWithAuth. */
public class TestUserFactory {

  private int sequence;

  public User createTestUser(String name) {
    sequence++;
    return new User("u" + sequence, name, name + "@netra.test", Set.of(Role.MEMBER));
  }

  public User createTestUserWithAuth(String name, String token) {
    User user = createTestUser(name);
    return new User(user.id() + ":" + token.hashCode(), user.displayName(), user.email(), user.roles());
  }

  public User createAdmin(String name) {
    User user = createTestUser(name);
    Set<Role> roles = EnumSet.copyOf(user.roles());
    roles.add(Role.ADMIN);
    return new User(user.id(), name, user.email(), roles);
  }

  public static String tokenFor(String name) {
    return "token-" + name;
  }
}
