package com.netra.websocket;

import java.util.HashMap;
import java.util.Map;

/** The canonical manager: one owner of all socket state. */
public class UnifiedWebSocketManager implements WebSocketManager {
  private final Map<String, StringBuilder> sockets = new HashMap<>();

  @Override
  public void connect(String userId) {
    sockets.put(userId, new StringBuilder());
  }

  @Override
  public void send(String userId, String message) {
    sockets.get(userId).append(message);
  }

  @Override
  public void disconnect(String userId) {
    sockets.remove(userId);
  }

  public void broadcast(String message) {
    sockets.values().forEach(socket -> socket.append(message));
  }
}
