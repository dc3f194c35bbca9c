package dev.importhealth.core.internal.cache;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.CRC32C;

/**
 * The file of per-file summaries in a project's cache directory. One file, written whole under a
 * temporary name and moved into place, so concurrent runs each see a complete old or new version
 * (the last writer wins; both wrote true summaries). Nothing in it is trusted unless the magic
 * number, the format, the tool version, the project root and a checksum over every byte agree.
 */
public final class SummaryStore {

  static final String FILE_NAME = "summaries.bin";
  private static final int MAGIC = 0x49484353; // "IHCS"
  private static final int FORMAT = 1;

  /** One file's summary as stored: the hash of the text it was made from, and its encoded bytes. */
  public record Entry(byte[] contentHash, byte[] payload) {}

  /** What a read found: the entries, or none and why. */
  public record Loaded(Map<String, Entry> entries, String status) {
    static Loaded discarded(String why) {
      return new Loaded(Map.of(), why);
    }
  }

  private final Path directory;
  private final String toolVersion;
  private final String projectRoot;

  public SummaryStore(Path directory, String toolVersion, Path projectRoot) {
    this.directory = directory;
    this.toolVersion = toolVersion;
    this.projectRoot = projectRoot.toAbsolutePath().normalize().toString();
  }

  public Path file() {
    return directory.resolve(FILE_NAME);
  }

  /** The stored entries by path relative to the project root; empty, with the reason, when none can be trusted. */
  public Loaded read() {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file());
    } catch (NoSuchFileException e) {
      return Loaded.discarded("no cache yet");
    } catch (IOException e) {
      return Loaded.discarded("the cache cannot be read (" + e.getMessage() + ")");
    }
    if (bytes.length < 12) {
      return Loaded.discarded("the cache is truncated");
    }
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    if (buffer.getInt() != MAGIC) {
      return Loaded.discarded("the cache file is not an import-health cache");
    }
    if (buffer.getInt() != FORMAT) {
      return Loaded.discarded("the cache has another format");
    }
    CRC32C crc = new CRC32C();
    crc.update(bytes, 0, bytes.length - Long.BYTES);
    if (crc.getValue() != ByteBuffer.wrap(bytes, bytes.length - Long.BYTES, Long.BYTES).getLong()) {
      return Loaded.discarded("the cache is corrupt or truncated (checksum mismatch)");
    }
    try {
      if (!string(buffer).equals(toolVersion)) {
        return Loaded.discarded("the cache was written by another version of import-health");
      }
      if (!string(buffer).equals(projectRoot)) {
        return Loaded.discarded("the cache belongs to another project");
      }
      int count = buffer.getInt();
      Map<String, Entry> entries = new HashMap<>(count * 2);
      for (int i = 0; i < count; i++) {
        String path = string(buffer);
        entries.put(path, new Entry(bytes(buffer), bytes(buffer)));
      }
      if (buffer.remaining() != Long.BYTES) {
        return Loaded.discarded("the cache is corrupt (unexpected length)");
      }
      return new Loaded(Map.copyOf(entries), "read " + count + " summaries");
    } catch (BufferUnderflowException | IllegalArgumentException e) {
      return Loaded.discarded("the cache is corrupt");
    }
  }

  /**
   * Replaces the stored summaries. A cache that cannot be written (a read-only checkout) is not
   * the user's problem: the run goes on without it and says why.
   *
   * @return empty when written, or why not
   */
  public java.util.Optional<String> write(Map<String, Entry> entries) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
      DataOutputStream out = new DataOutputStream(bytes);
      out.writeInt(MAGIC);
      out.writeInt(FORMAT);
      writeString(out, toolVersion);
      writeString(out, projectRoot);
      out.writeInt(entries.size());
      for (Map.Entry<String, Entry> entry : new java.util.TreeMap<>(entries).entrySet()) {
        writeString(out, entry.getKey());
        writeBytes(out, entry.getValue().contentHash());
        writeBytes(out, entry.getValue().payload());
      }
      out.flush();
      CRC32C crc = new CRC32C();
      byte[] body = bytes.toByteArray();
      crc.update(body);
      out.writeLong(crc.getValue());
      out.flush();
      CacheDirectory.replace(file(), bytes.toByteArray());
      return java.util.Optional.empty();
    } catch (IOException | RuntimeException e) {
      return java.util.Optional.of("the cache could not be written to " + directory + ": " + e.getMessage());
    }
  }

  private static String string(ByteBuffer buffer) {
    return new String(bytes(buffer), StandardCharsets.UTF_8);
  }

  private static byte[] bytes(ByteBuffer buffer) {
    int length = buffer.getInt();
    if (length < 0 || length > buffer.remaining()) {
      throw new IllegalArgumentException("bad length " + length);
    }
    byte[] bytes = new byte[length];
    buffer.get(bytes);
    return bytes;
  }

  private static void writeString(DataOutputStream out, String string) throws IOException {
    writeBytes(out, string.getBytes(StandardCharsets.UTF_8));
  }

  private static void writeBytes(DataOutputStream out, byte[] bytes) throws IOException {
    out.writeInt(bytes.length);
    out.write(bytes);
  }
}
