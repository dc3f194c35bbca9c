package com.netra.testing;

import com.netra.websocket.WebSocketManager;

/** Uses the allowed double only; its name mentions no manager, and it is silent. */
public class NotifierTest {
  private final WebSocketManager sockets = new FakeWebSocketManager();

  void sendsToTheUser() {
    sockets.send("u1", "hello");
  }
}
