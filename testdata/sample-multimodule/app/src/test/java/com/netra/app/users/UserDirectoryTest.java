package com.netra.app.users;

import static org.junit.jupiter.api.Assertions.*;

import com.netra.app.testsupport.TestUserFactory;
import com.netra.shared.model.User;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UserDirectoryTest {

  private final TestUserFactory users = new TestUserFactory();
  private UserDirectory directory;
  private User admin;

  @BeforeEach
  void setUp() {
    admin = users.createAdmin("root");
    directory = new UserDirectory(List.of(admin, users.createTestUser("guest")));
  }

  @Test
  void findsAdmins() {
    assertTrue(directory.isAdmin(admin.id()));
    assertFalse(directory.find("nobody").isPresent());
    assertEquals(2, directory.count());
  }

  @Test
  void labelsAreShort() {
    assertEquals("root", directory.shortLabel(admin));
    // FINDING: type 'com.netra.app.users.UserDirectory' has no method 'fullLabel'
    assertNotNull(directory.fullLabel(admin));
  }
}
