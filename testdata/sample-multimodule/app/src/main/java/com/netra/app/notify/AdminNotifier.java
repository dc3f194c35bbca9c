package com.netra.app.notify;

import com.netra.shared.model.User;

/** Notifies administrators. Its base class was deleted in the websocket refactoring. */
// FINDING: BaseNotifier
public class AdminNotifier extends BaseNotifier {

  public boolean accepts(User user) {
    return user.isAdmin();
  }

  public void notifyAdmins(String message) {
    // the supertype is unknown, so nothing is said about what it may declare
    dispatch(message);
    super.flush();
  }
}
