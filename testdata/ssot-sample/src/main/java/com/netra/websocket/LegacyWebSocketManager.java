package com.netra.websocket;

/** The first manager, still used by the chat. */
public class LegacyWebSocketManager implements WebSocketManager {
  public static LegacyWebSocketManager create() {
    return new LegacyWebSocketManager();
  }

  @Override
  public void connect(String userId) {}

  @Override
  public void send(String userId, String message) {}

  @Override
  public void disconnect(String userId) {}
}
