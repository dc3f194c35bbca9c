package com.netra.testing;

import com.netra.websocket.UnifiedWebSocketManager;

/** Named after the canonical, as tests are: in test sources only the interface makes a competitor. */
public class UnifiedWebSocketManagerTest {
  private final UnifiedWebSocketManager manager = new UnifiedWebSocketManager();

  void broadcasts() {
    manager.broadcast("hi");
  }
}
