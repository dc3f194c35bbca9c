package com.netra.websocket.unified;

import com.netra.websocket.WebSocketSession;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;

/** Sends frames to every matching session. Replaced the per-user emitters of com.netra.websocket. */
public class UnifiedWebSocketEmitter {

  /** A message on the wire. */
  public record Frame(String topic, String payload) {
    public Frame {
      if (topic == null || topic.isBlank()) {
        throw new IllegalArgumentException("a frame needs a topic");
      }
    }

    public int size() {
      return payload == null ? 0 : payload.length();
    }
  }

  /** Who a frame is for. */
  public enum Channel {
    USER, BROADCAST, SYSTEM;

    public boolean isTargeted() {
      return this == USER;
    }
  }

  private final List<WebSocketSession> sessions = new ArrayList<>();
  private final List<Frame> sent = new ArrayList<>();

  public void register(WebSocketSession session) {
    sessions.add(session);
  }

  public int emit(Frame frame, Predicate<WebSocketSession> audience) {
    int count = 0;
    for (WebSocketSession session : sessions) {
      if (session.isOpen() && audience.test(session)) {
        sent.add(frame);
        count++;
      }
    }
    return count;
  }

  public int emit(String topic, String payload) {
    return emit(new Frame(topic, payload), session -> true);
  }

  public List<Frame> sent() {
    return Collections.unmodifiableList(sent);
  }
}
