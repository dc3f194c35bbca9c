package com.netra.chat;

import com.netra.websocket.LegacyWebSocketManager;
import com.netra.websocket.WebSocketManager;

public class ChatRoom {
  private final WebSocketManager sockets = LegacyWebSocketManager.create();
  private final ChatWebSocketManagerImpl rooms = new ChatWebSocketManagerImpl();

  public void join(String userId, String room) {
    sockets.connect(userId);
    rooms.open(room);
  }
}
