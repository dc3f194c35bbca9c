package dev.importhealth.core.internal.cache;

import dev.importhealth.core.engine.AnalysisResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * The whole result of the last check of a project, reused while the fingerprint of everything it
 * depends on ({@link InputFingerprint}) stays the same. One file in the cache directory: a header
 * of ASCII lines, then the result as JSON ({@link ResultJson}):
 *
 * <pre>
 * import-health result cache
 * format 1
 * fingerprint &lt;hex&gt;
 * payload &lt;length in bytes&gt; &lt;SHA-256 of the payload, hex&gt;
 *
 * {"projectRoot": ...}
 * </pre>
 *
 * Anything but a complete file of this format with the expected fingerprint is a miss with a
 * reason, never an exception and never a partial result. The file is replaced atomically, so a
 * reader sees the old file or the new one, whichever run wrote last.
 */
public final class ResultCache {

  static final String FILE_NAME = "result.cache";
  static final int FORMAT = 1;
  static final String MAGIC = "import-health result cache\n";
  private static final int MAX_HEADER = 512;

  /** What a read found: the result on a hit, else why there is none. */
  public record Lookup(Optional<AnalysisResult> result, String reason) {
    static Lookup miss(String reason) {
      return new Lookup(Optional.empty(), reason);
    }
  }

  private ResultCache() {}

  public static Lookup read(Path directory, Fingerprint fingerprint) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(directory.resolve(FILE_NAME));
    } catch (NoSuchFileException e) {
      return Lookup.miss("no cache");
    } catch (IOException | UncheckedIOException | SecurityException e) {
      return Lookup.miss("unreadable: " + e);
    }
    if (!startsWith(bytes, MAGIC)) {
      return Lookup.miss(startsWith(MAGIC.getBytes(StandardCharsets.US_ASCII), bytes) ? "truncated" : "not a result cache");
    }
    int end = headerEnd(bytes);
    if (end < 0) {
      return Lookup.miss(bytes.length < MAX_HEADER ? "truncated" : "corrupt: no end of header");
    }
    String[] header = new String(bytes, 0, end, StandardCharsets.US_ASCII).split("\n");
    if (header.length != 4 || !header[1].startsWith("format ")) {
      return Lookup.miss("corrupt: malformed header");
    }
    if (!header[1].equals("format " + FORMAT)) {
      return Lookup.miss("written by another version (" + header[1] + ", this version reads format " + FORMAT + ")");
    }
    if (!header[2].equals("fingerprint " + fingerprint.hex())) {
      return Lookup.miss("fingerprint differs");
    }
    String[] payload = header[3].split(" ");
    if (payload.length != 3 || !payload[0].equals("payload") || !payload[1].matches("\\d{1,10}")) {
      return Lookup.miss("corrupt: malformed header");
    }
    long length = Long.parseLong(payload[1]);
    byte[] json = Arrays.copyOfRange(bytes, end + 2, bytes.length);
    if (json.length != length) {
      return Lookup.miss(json.length < length ? "truncated" : "corrupt: trailing bytes");
    }
    if (!Digests.hex(Digests.sha256(json)).equals(payload[2])) {
      return Lookup.miss("corrupt: checksum mismatch");
    }
    try {
      return new Lookup(Optional.of(ResultJson.MAPPER.readValue(json, AnalysisResult.class)), "hit");
    } catch (IOException | RuntimeException e) {
      // a checksum that matches unreadable JSON: written by a build whose result shape differs
      return Lookup.miss("corrupt: unreadable result (" + e.getMessage().lines().findFirst().orElse("") + ")");
    }
  }

  /**
   * Replaces the cached result, unless the fingerprint is not {@linkplain Fingerprint#settled()
   * settled}. Returns why nothing was written, if so: a cache that cannot be written (a read-only
   * checkout, a full disk) only makes the next run cold, so it never fails the check.
   */
  public static Optional<String> write(Path directory, Fingerprint fingerprint, AnalysisResult result) {
    if (!fingerprint.settled()) {
      return Optional.of("not cached: an input changed less than " + Fingerprint.SETTLING.toSeconds()
          + " s ago and may change again unseen");
    }
    try {
      byte[] json = ResultJson.MAPPER.writeValueAsBytes(result);
      String header = MAGIC + "format " + FORMAT + "\nfingerprint " + fingerprint.hex() + "\npayload " + json.length + " "
          + Digests.hex(Digests.sha256(json)) + "\n\n";
      byte[] head = header.getBytes(StandardCharsets.US_ASCII);
      byte[] whole = Arrays.copyOf(head, head.length + json.length);
      System.arraycopy(json, 0, whole, head.length, json.length);
      CacheDirectory.replace(directory.resolve(FILE_NAME), whole);
      return Optional.empty();
    } catch (IOException | UncheckedIOException | SecurityException e) {
      return Optional.of("the result cache in " + directory + " cannot be written: " + e);
    }
  }

  private static int headerEnd(byte[] bytes) {
    for (int i = MAGIC.length(); i + 1 < Math.min(bytes.length, MAX_HEADER); i++) {
      if (bytes[i] == '\n' && bytes[i + 1] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private static boolean startsWith(byte[] bytes, String prefix) {
    return startsWith(bytes, prefix.getBytes(StandardCharsets.US_ASCII));
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
  }
}
