package com.netra.app.notify;

import com.netra.shared.model.User;
import com.netra.websocket.WebSocketSession;
// FINDING: type 'UserWebSocketEmitter' does not exist in package 'com.netra.websocket'. Did you mean 'com.netra.websocket.unified.UserWebSocketEmitter'?
import com.netra.websocket.UserWebSocketEmitter;
import com.netra.websocket.unified.UnifiedWebSocketEmitter;
import com.netra.websocket.unified.UnifiedWebSocketEmitter.Channel;
import com.netra.websocket.unified.UnifiedWebSocketEmitter.Frame;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Pushes notifications to connected users. */
public class NotificationService {

  private final UnifiedWebSocketEmitter emitter;
  // the broken import above is the root cause; its uses below are not reported again
  private final UserWebSocketEmitter userEmitter;
  private final Map<String, Integer> sentPerUser = new ConcurrentHashMap<>();

  public NotificationService(UnifiedWebSocketEmitter emitter, UserWebSocketEmitter userEmitter) {
    this.emitter = emitter;
    this.userEmitter = userEmitter;
  }

  public void connect(String sessionId, User user) {
    emitter.register(new WebSocketSession(sessionId, user.id()));
  }

  public int notifyUser(User user, String message) {
    int sent = userEmitter.emitToUser(user.id(), "notify", message);
    sentPerUser.merge(user.id(), sent, Integer::sum);
    return sent;
  }

  public int broadcast(String topic, String payload) {
    Frame frame = new Frame(topic, payload);
    return emitter.emit(frame, session -> session.isOpen());
  }

  public int send(Channel channel, String payload) {
    return switch (channel) {
      case USER, SYSTEM -> emitter.emit(channel.name().toLowerCase(), payload);
      case BROADCAST -> broadcast("all", payload);
    };
  }

  public Object envelope(String payload) {
    // FINDING: type 'com.netra.websocket.unified.UnifiedWebSocketEmitter' has no member type 'Envelope'
    return new UnifiedWebSocketEmitter.Envelope(payload);
  }

  public int totalSent() {
    return sentPerUser.values().stream().mapToInt(Integer::intValue).sum();
  }

  public List<Frame> history() {
    return emitter.sent();
  }
}
