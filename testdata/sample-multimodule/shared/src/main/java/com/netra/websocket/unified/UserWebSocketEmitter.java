package com.netra.websocket.unified;

/**
 * Emits to the sessions of one user. Moved here from com.netra.websocket when the emitters were
 * unified; it is now a thin facade over {@link UnifiedWebSocketEmitter}.
 */
public final class UserWebSocketEmitter {

  private final UnifiedWebSocketEmitter delegate;

  public UserWebSocketEmitter(UnifiedWebSocketEmitter delegate) {
    this.delegate = delegate;
  }

  public int emitToUser(String userId, String topic, String payload) {
    return delegate.emit(new UnifiedWebSocketEmitter.Frame(topic, payload), s -> userId.equals(s.userId()));
  }
}
