package com.netra.app.users;

import lombok.Builder;
import lombok.Data;

/** Per-user settings; Lombok writes the accessors at compile time. */
@Data
@Builder
public class Preferences {
  private String theme;
  private boolean emailDigest;
  private int pageSize;

  static Preferences defaults() {
    return Preferences.builder().theme("light").pageSize(25).build();
  }

  String summary() {
    return getTheme() + "/" + isEmailDigest() + "/" + getPageSize();
  }
}
