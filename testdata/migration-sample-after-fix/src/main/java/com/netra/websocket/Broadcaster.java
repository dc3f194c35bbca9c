package com.netra.websocket;

import java.util.List;

/** Sends one message to many users. */
public class Broadcaster {

  public void broadcast(List<String> userIds, String message) {
    for (String userId : userIds) {
      UnifiedWebSocketEmitter emitter = UnifiedWebSocketEmitter.forUser(userId);
      emitter.emit(message);
    }
  }
}
