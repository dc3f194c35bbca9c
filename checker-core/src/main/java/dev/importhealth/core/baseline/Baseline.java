package dev.importhealth.core.baseline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.importhealth.core.report.internal.Json;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The findings a project has accepted, as read from or written to {@code
 * import-health-baseline.json}; the format is described in {@code docs/baseline.md}. Reading is
 * strict: anything but a well-formed baseline of a known version is a {@link BaselineException}.
 *
 * @param entries in file, line, rule, fingerprint order
 */
public record Baseline(List<BaselineEntry> entries) {

  public static final String DEFAULT_FILE_NAME = "import-health-baseline.json";
  static final String FORMAT = "import-health-baseline";
  static final int VERSION = 1;

  private static final Pattern FINGERPRINT = Pattern.compile("[0-9a-f]{32}");
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  public Baseline {
    entries = entries.stream().sorted(BaselineEntry.ORDER).toList();
  }

  /** Reads {@code file}, or says precisely why it cannot be used. */
  public static Baseline read(Path file) throws BaselineException {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
    } catch (CharacterCodingException e) {
      throw invalid(file, "it is not UTF-8 text");
    } catch (IOException e) {
      throw new BaselineException("cannot read baseline " + file + ": " + describe(e), e);
    }
    JsonNode root;
    try {
      root = MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw invalid(file, "it is not valid JSON (" + e.getOriginalMessage() + " at line "
          + e.getLocation().getLineNr() + ")");
    }
    if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText(null))) {
      throw invalid(file, "it is not an import-health baseline (no \"format\": \"" + FORMAT + "\")");
    }
    JsonNode version = root.get("version");
    if (version == null || !version.isInt()) {
      throw invalid(file, "\"version\" is missing or not a number");
    }
    if (version.asInt() != VERSION) {
      throw invalid(file, "it has version " + version.asInt() + "; this import-health reads version " + VERSION);
    }
    JsonNode entries = root.get("entries");
    if (entries == null || !entries.isArray()) {
      throw invalid(file, "\"entries\" is missing or not an array");
    }
    List<BaselineEntry> read = new java.util.ArrayList<>();
    Set<String> fingerprints = new HashSet<>();
    for (int i = 0; i < entries.size(); i++) {
      JsonNode entry = entries.get(i);
      String where = "entry " + (i + 1);
      String rule = text(file, entry, "rule", where);
      String path = text(file, entry, "file", where);
      String fingerprint = text(file, entry, "fingerprint", where);
      if (!FINGERPRINT.matcher(fingerprint).matches()) {
        throw invalid(file, where + " has a malformed \"fingerprint\" '" + fingerprint + "'");
      }
      if (!fingerprints.add(fingerprint)) {
        throw invalid(file, where + " repeats fingerprint " + fingerprint);
      }
      read.add(new BaselineEntry(rule, path, fingerprint, entry.path("line").asInt(0), entry.path("message").asText("")));
    }
    return new Baseline(read);
  }

  /** The file's text: byte-stable for equal entries, so that a rewrite without changes is no change. */
  public String render(String toolVersion) {
    ObjectNode root = Json.object();
    root.put("format", FORMAT);
    root.put("version", VERSION);
    root.put("toolVersion", toolVersion);
    ArrayNode array = root.putArray("entries");
    for (BaselineEntry entry : entries) {
      ObjectNode node = array.addObject();
      node.put("rule", entry.rule());
      node.put("file", entry.file());
      node.put("fingerprint", entry.fingerprint());
      node.put("line", entry.line());
      node.put("message", entry.message());
    }
    StringWriter out = new StringWriter();
    try {
      Json.write(root, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static String text(Path file, JsonNode entry, String field, String where) throws BaselineException {
    JsonNode value = entry == null || !entry.isObject() ? null : entry.get(field);
    if (value == null || !value.isTextual() || value.asText().isBlank()) {
      throw invalid(file, where + " has no \"" + field + "\"");
    }
    return value.asText();
  }

  private static BaselineException invalid(Path file, String why) {
    return new BaselineException("baseline " + file + " cannot be used: " + why
        + "; fix or delete it, or write a new one with 'import-health baseline create --force'");
  }

  private static String describe(IOException e) {
    return e instanceof java.nio.file.NoSuchFileException ? "no such file"
        : e instanceof java.nio.file.AccessDeniedException ? "permission denied"
        : String.valueOf(e.getMessage());
  }
}
