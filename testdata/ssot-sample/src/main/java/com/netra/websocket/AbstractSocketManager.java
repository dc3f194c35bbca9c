package com.netra.websocket;

/** Shared plumbing; abstract, so it competes with nothing by itself. */
public abstract class AbstractSocketManager implements WebSocketManager {
  @Override
  public void disconnect(String userId) {}
}
