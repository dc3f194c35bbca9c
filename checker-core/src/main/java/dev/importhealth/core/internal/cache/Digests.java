package dev.importhealth.core.internal.cache;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256, and a digest fed with length-prefixed fields so that no two field lists hash alike. */
public final class Digests {

  private final MessageDigest digest = sha256();
  private final ByteBuffer number = ByteBuffer.allocate(Long.BYTES + 1);

  Digests field(String text) {
    return field(text.getBytes(StandardCharsets.UTF_8));
  }

  Digests field(byte[] bytes) {
    digest.update(number.clear().putInt(bytes.length).array(), 0, Integer.BYTES);
    digest.update(bytes);
    return this;
  }

  /** A number, marked as one so that it never reads like a field of text. */
  Digests field(long value) {
    digest.update(number.clear().put((byte) 0xff).putLong(value).array(), 0, Long.BYTES + 1);
    return this;
  }

  String hex() {
    return hex(digest.digest());
  }

  public static byte[] sha256(byte[] bytes) {
    return sha256().digest(bytes);
  }

  /** The SHA-256 of a text's UTF-8 bytes, in hex. */
  public static String sha256Hex(String text) {
    return hex(sha256(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  public static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }

  public static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
