package com.netra.websocket;

/** The role every socket manager plays. */
public interface WebSocketManager {
  void connect(String userId);

  void send(String userId, String message);

  void disconnect(String userId);
}
