package com.netra.chat;

/** A manager written for the chat that never implemented the shared role. */
public class ChatWebSocketManagerImpl {
  public void open(String room) {}

  public void post(String room, String message) {}
}
