package com.netra.chat;

import com.netra.shared.logging.legacy.*;

/** Writes audit lines. */
class Audit {

  private final com.netra.shared.logging.legacy.Logger log =
      com.netra.shared.logging.legacy.LoggerFactory.get(Audit.class);

  void record(String what) {
    Logger same = log;
    same.info(what);
  }
}
