package com.netra.notify;

import com.netra.websocket.SimpleSocketManager;
import com.netra.websocket.UnifiedWebSocketManager;
import com.netra.websocket.WebSocketManager;

public class Notifier {
  private final WebSocketManager primary = new UnifiedWebSocketManager();
  private final SimpleSocketManager fallback = new SimpleSocketManager();

  public void notify(String userId, String text) {
    primary.send(userId, text);
    fallback.send(userId, text);
  }
}
