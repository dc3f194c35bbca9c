package dev.importhealth.rules.archunit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import javax.lang.model.SourceVersion;

/**
 * Reads the {@code ssot:} entries of {@code import-health.yaml} for {@link SsotRules#fromConfig}.
 * The other top-level keys are skipped (the CLI validates them). Errors name the file, the line
 * and the key, as the CLI's configuration errors do.
 *
 * <pre>
 * ssot:
 *   - name: websocket-manager                          # required, unique
 *     canonical: com.acme.ws.UnifiedWebSocketManager   # required
 *     interface: com.acme.ws.WebSocketManager          # the role; interface or pattern (or both)
 *     pattern: ".*WebSocketManager.*"                  # regex for simple class names
 *     allow: [com.acme.ws.testing.FakeWebSocketManager]
 *     description: one connection manager, with reconnects and metrics
 * </pre>
 */
final class SsotConfigReader {

  static final List<String> KEYS = List.of("name", "canonical", "interface", "pattern", "allow", "description");

  private SsotConfigReader() {}

  static List<Concept> read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw error(file, 0, "", "cannot read the file: " + e);
    }
    return parse(file, text);
  }

  static List<Concept> parse(Path file, String yaml) {
    try (YAMLParser p = new YAMLFactory().createParser(yaml)) {
      JsonToken t = p.nextToken();
      if (t != JsonToken.START_OBJECT) {
        throw error(file, t == null ? 0 : line(p), "", "has no 'ssot:' section, so there is nothing to check");
      }
      List<Concept> concepts = null;
      int ssotLine = 0;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        int line = line(p);
        p.nextToken();
        if (!key.equals("ssot")) {
          p.skipChildren();
          continue;
        }
        if (concepts != null) {
          throw error(file, line, "ssot", "duplicate key; first given on line " + ssotLine);
        }
        ssotLine = line;
        concepts = readEntries(file, p);
      }
      if (concepts == null) {
        throw error(file, 0, "", "has no 'ssot:' section, so there is nothing to check");
      }
      if (concepts.isEmpty()) {
        throw error(file, ssotLine, "ssot", "has no entries, so there is nothing to check");
      }
      return List.copyOf(concepts);
    } catch (JsonProcessingException e) {
      int line = e.getLocation() != null ? Math.max(e.getLocation().getLineNr(), 0) : 0;
      throw error(file, line, "", "malformed YAML: " + e.getOriginalMessage().lines().findFirst().orElse(""));
    } catch (IOException e) {
      throw error(file, 0, "", "cannot read the file: " + e);
    }
  }

  private static List<Concept> readEntries(Path file, YAMLParser p) throws IOException {
    List<Concept> concepts = new ArrayList<>();
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return concepts;
    }
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw error(file, line(p), "ssot", "expected a list of entries ({name: ..., canonical: ...})");
    }
    Map<String, Integer> names = new HashMap<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        throw error(file, line(p), "ssot", "expected an entry ({name: ..., canonical: ...})");
      }
      int entryLine = line(p);
      Concept concept = readEntry(file, p, entryLine);
      Integer first = names.putIfAbsent(concept.name(), entryLine);
      if (first != null) {
        throw error(file, entryLine, "ssot.name", "'" + concept.name() + "' is already the name of the entry on line " + first);
      }
      concepts.add(concept);
    }
    return concepts;
  }

  /** One entry; the current token is its START_OBJECT, and after it its END_OBJECT. */
  private static Concept readEntry(Path file, YAMLParser p, int entryLine) throws IOException {
    Map<String, String> values = new HashMap<>();
    Map<String, Integer> lines = new HashMap<>();
    List<String> allowed = new ArrayList<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String sub = p.currentName();
      String key = "ssot." + sub;
      int line = line(p);
      Integer first = lines.putIfAbsent(sub, line);
      if (first != null) {
        throw error(file, line, key, "duplicate key; first given on line " + first);
      }
      if (!KEYS.contains(sub)) {
        throw error(file, line, key, "unknown key '" + sub + "'; known keys: " + String.join(", ", KEYS));
      }
      JsonToken v = p.nextToken();
      if (sub.equals("allow")) {
        readNames(file, p, key, allowed);
      } else if (v.isScalarValue() && v != JsonToken.VALUE_NULL && !p.getText().isBlank()) {
        values.put(sub, p.getText().trim());
      } else {
        throw error(file, line(p), key, "expected a value");
      }
    }
    for (String required : List.of("name", "canonical")) {
      if (!values.containsKey(required)) {
        throw error(file, entryLine, "ssot." + required, "missing; every entry needs 'name' and 'canonical'");
      }
    }
    for (String classKey : List.of("canonical", "interface")) {
      if (values.containsKey(classKey)) {
        checkClassName(file, lines.get(classKey), "ssot." + classKey, values.get(classKey));
      }
    }
    if (values.containsKey("pattern")) {
      try {
        Pattern.compile(values.get("pattern"));
      } catch (PatternSyntaxException e) {
        throw error(file, lines.get("pattern"), "ssot.pattern",
            "'" + values.get("pattern") + "' is not a valid regular expression: " + e.getDescription());
      }
    }
    if (!values.containsKey("interface") && !values.containsKey("pattern")) {
      throw error(file, entryLine, "ssot", "entry '" + values.get("name") + "' needs 'interface' (the role the canonical class implements) or 'pattern' (a regular expression for "
              + "competing class names), or both; without them no rule can find a competitor");
    }
    return new Concept(values.get("name"), values.get("canonical"), Optional.ofNullable(values.get("interface")),
        Optional.ofNullable(values.get("pattern")), allowed, Optional.ofNullable(values.get("description")));
  }

  private static void readNames(Path file, YAMLParser p, String key, List<String> out) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return;
    }
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw error(file, line(p), key, "expected a list of class names");
    }
    while (p.nextToken() != JsonToken.END_ARRAY) {
      if (!p.currentToken().isScalarValue() || p.currentToken() == JsonToken.VALUE_NULL) {
        throw error(file, line(p), key, "expected a list of class names");
      }
      String name = p.getText().trim();
      checkClassName(file, line(p), key, name);
      out.add(name);
    }
  }

  private static void checkClassName(Path file, int line, String key, String name) {
    if (!SourceVersion.isName(name) || !name.contains(".")) {
      throw error(file, line, key, "'" + name + "' is not a fully qualified class name (like com.acme.Type, "
          + "com.acme.Outer$Inner)");
    }
  }

  private static int line(YAMLParser p) {
    return Math.max(p.currentTokenLocation().getLineNr(), 0);
  }

  private static IllegalArgumentException error(Path file, int line, String key, String problem) {
    return new IllegalArgumentException(
        file + (line > 0 ? ":" + line : "") + ": " + (key.isEmpty() ? "" : "'" + key + "': ") + problem);
  }
}
