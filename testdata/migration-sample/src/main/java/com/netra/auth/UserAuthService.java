package com.netra.auth;

/** Authentication after the consolidation. */
public class UserAuthService {

  public boolean verifyToken(String token) {
    return parseToken(token).length > 1;
  }

  public static String[] parseToken(String token) {
    return token.split("\\.");
  }
}
