package com.netra.testing;

import com.netra.websocket.WebSocketManager;
import java.util.ArrayList;
import java.util.List;

/** A test double; the registry allows it. */
public class FakeWebSocketManager implements WebSocketManager {
  public final List<String> sent = new ArrayList<>();

  @Override
  public void connect(String userId) {}

  @Override
  public void send(String userId, String message) {
    sent.add(userId + ": " + message);
  }

  @Override
  public void disconnect(String userId) {}
}
