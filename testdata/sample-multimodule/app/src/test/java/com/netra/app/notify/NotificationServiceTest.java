package com.netra.app.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.netra.app.testsupport.TestUserFactory;
import com.netra.shared.model.User;
import com.netra.websocket.unified.UnifiedWebSocketEmitter;
import com.netra.websocket.unified.UserWebSocketEmitter;
import org.junit.jupiter.api.Test;

class NotificationServiceTest {

  private final TestUserFactory users = new TestUserFactory();
  private final UnifiedWebSocketEmitter emitter = new UnifiedWebSocketEmitter();

  @Test
  void notifiesAnAuthenticatedUser() {
    // FINDING: type 'com.netra.app.testsupport.TestUserFactory' has no method 'createTestUserWithToken'. Did you mean 'createTestUserWithAuth(String, String)'?
    User alice = users.createTestUserWithToken("alice", TestUserFactory.tokenFor("alice"));
    NotificationService service = new NotificationService(emitter, null);
    service.connect("s1", alice);
    assertEquals(1, service.broadcast("hello", "world"));
  }

  @Test
  void countsFramesPerUser() {
    // FINDING: no method 'createTestUserWithAuth' in 'com.netra.app.testsupport.TestUserFactory' takes 1 argument
    User bob = users.createTestUserWithAuth("bob");
    UserWebSocketEmitter perUser = new UserWebSocketEmitter(emitter);
    assertTrue(perUser.emitToUser(bob.id(), "t", "p") >= 0);
  }

  @Test
  void adminsAreAdmins() {
    User carol = users.createAdmin("carol");
    assertTrue(carol.isAdmin());
    assertEquals("carol", carol.displayName());
  }
}
