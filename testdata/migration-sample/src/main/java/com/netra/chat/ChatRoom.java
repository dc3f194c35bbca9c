package com.netra.chat;

import com.netra.auth.TokenUtil;
import com.netra.auth.UserAuthService;
import com.netra.shared.logging.legacy.Logger;
import com.netra.shared.logging.legacy.LoggerFactory;
import com.netra.websocket.UserWebSocketEmitter;

/** A chat room: still written against the old paths. */
public class ChatRoom {

  private static final Logger LOG = LoggerFactory.get(ChatRoom.class);

  private final UserAuthService auth = new UserAuthService();

  public void post(String userId, String token, String message) {
    if (!auth.validateToken(token)) {   // rejected tokens are logged, not thrown
      LOG.info("rejected " + TokenUtil.parse(token)[0]);
      return;
    }
    UserWebSocketEmitter.forUser(userId).emit(message);
  }
}
