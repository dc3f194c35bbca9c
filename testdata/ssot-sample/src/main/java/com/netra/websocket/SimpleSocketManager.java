package com.netra.websocket;

/** A second manager, implementing the role through an abstract base. */
public class SimpleSocketManager extends AbstractSocketManager {
  @Override
  public void connect(String userId) {}

  @Override
  public void send(String userId, String message) {}
}
