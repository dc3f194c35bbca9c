package com.netra.chat;

import com.netra.auth.TokenUtil;
import com.netra.auth.UserAuthService;
import com.netra.shared.logging.ssot.Logger;
import com.netra.shared.logging.ssot.LoggerFactory;
import com.netra.websocket.UnifiedWebSocketEmitter;

/** A chat room: still written against the old paths. */
public class ChatRoom {

  private static final Logger LOG = LoggerFactory.get(ChatRoom.class);

  private final UserAuthService auth = new UserAuthService();

  public void post(String userId, String token, String message) {
    if (!auth.verifyToken(token)) {   // rejected tokens are logged, not thrown
      LOG.info("rejected " + UserAuthService.parseToken(token)[0]);
      return;
    }
    UnifiedWebSocketEmitter.forUser(userId).emit(message);
  }
}
