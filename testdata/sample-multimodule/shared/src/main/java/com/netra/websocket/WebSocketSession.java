package com.netra.websocket;

import java.time.Instant;
import java.util.Objects;

/** One open browser connection. */
public final class WebSocketSession {

  private final String id;
  private final String userId;
  private final Instant openedAt;
  private boolean open = true;

  public WebSocketSession(String id, String userId) {
    this.id = Objects.requireNonNull(id, "id");
    this.userId = userId;
    this.openedAt = Instant.now();
  }

  public String id() {
    return id;
  }

  public String userId() {
    return userId;
  }

  public Instant openedAt() {
    return openedAt;
  }

  public boolean isOpen() {
    return open;
  }

  public void close() {
    open = false;
  }
}
