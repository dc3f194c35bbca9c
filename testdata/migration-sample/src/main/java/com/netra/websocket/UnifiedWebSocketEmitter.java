package com.netra.websocket;

/** The one emitter every socket message goes through. */
public class UnifiedWebSocketEmitter {

  public static UnifiedWebSocketEmitter forUser(String userId) {
    return new UnifiedWebSocketEmitter();
  }

  public void emit(String message) {}
}
