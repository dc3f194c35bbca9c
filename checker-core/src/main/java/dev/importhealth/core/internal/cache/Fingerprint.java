package dev.importhealth.core.internal.cache;

import java.time.Duration;

/**
 * The identity of a check's inputs ({@link InputFingerprint}).
 *
 * @param hex SHA-256, in hex
 * @param settled false when an input changed so recently (or is dated in the future) that it may
 *     change again within the same tick of the file system's clock without its time stamp moving;
 *     a result is then not written under this fingerprint, though one may still be read
 */
public record Fingerprint(String hex, boolean settled) {

  /** How recent a change may be and still move the time stamp of the next one (FAT counts in 2 s steps). */
  public static final Duration SETTLING = Duration.ofSeconds(2);
}
