package com.netra.chat;

import com.netra.shared.logging.ssot.*;

/** Writes audit lines. */
class Audit {

  private final com.netra.shared.logging.ssot.Logger log =
      com.netra.shared.logging.ssot.LoggerFactory.get(Audit.class);

  void record(String what) {
    Logger same = log;
    same.info(what);
  }
}
