package dev.importhealth.core.internal.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.importhealth.core.api.Severity;
import dev.importhealth.core.config.Config;
import dev.importhealth.core.config.ConfigException;
import dev.importhealth.core.config.Migration;
import dev.importhealth.core.config.RuleSetting;
import dev.importhealth.core.config.SsotConcept;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;
import javax.lang.model.SourceVersion;

/**
 * Reads {@code import-health.yaml}. The YAML is read token by token with Jackson's streaming YAML
 * parser (no data binding), so every problem is reported with the file, the 1-based line and the
 * key it concerns.
 *
 * <pre>
 * namespaces: [com.acme]          # package names
 * sources: ["src/main/java/**"]   # globs relative to the project root
 * exclude: ["**&#47;generated/**"]
 * classpath: [lib/*.jar]
 * rules:
 *   IH001: off                    # off | error | warning | note
 *   IH002: {level: note}          # level: off | error | warning | note
 * migrations:                     # moved paths, for IH201
 *   - from: com.acme.OldType      # a type, a package (com.acme.legacy.*) or a member (com.acme.T#m)
 *     to: com.acme.NewType        # the same kind of path
 *     reason: merged              # optional, shown in the message
 *     since: 2.3                  # optional, for the reader
 *     until: 2026-12-31           # optional ISO date: when the move is overdue
 * ssot:                           # concepts with one canonical implementation, for IH401/IH402
 *   - name: websocket-manager     # unique
 *     canonical: com.acme.UnifiedWebSocketManager
 *     interface: com.acme.WebSocketManager   # optional: the role implementations share
 *     pattern: ".*WebSocketManager.*"        # optional: a regex for simple names claiming the role
 *     allow: [com.acme.FakeWebSocketManager] # optional: sanctioned exceptions
 *     description: One manager owns all socket state.   # optional
 * </pre>
 *
 * An empty file (or one holding only comments) means the defaults. A key given without a value
 * ({@code namespaces:}) means an empty list. Duplicate keys, anchors and aliases, and more than one
 * YAML document are errors. Whether a migration's {@code to}, and an ssot entry's canonical, interface
 * and pattern, exist is checked by the engine once the index is built.
 */
public final class ConfigLoader {

  /** The top-level keys, in the order the error message lists them. */
  public static final List<String> KNOWN_KEYS =
      List.of("namespaces", "sources", "exclude", "classpath", "rules", "migrations", "ssot");

  /** Keys of later versions: a clear message instead of "unknown key". */
  public static final Set<String> RESERVED_KEYS = Set.of();

  private static final Pattern RULE_ID = Pattern.compile("IH\\d{3}");
  private static final List<String> RULE_KEYS = List.of("level");
  private static final List<String> MIGRATION_KEYS = List.of("from", "to", "reason", "since", "until");
  private static final List<String> SSOT_KEYS =
      List.of("name", "canonical", "interface", "pattern", "allow", "description");
  private static final String LEVELS = "off, error, warning or note";

  private ConfigLoader() {}

  /** Reads and validates a configuration file. */
  public static Config load(Path file) throws ConfigException {
    return read(file).config();
  }

  /** Reads and validates a configuration file, keeping the line of every key. */
  public static LoadedConfig read(Path file) throws ConfigException {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
              .toString();
    } catch (CharacterCodingException e) {
      throw new ConfigException(file, 0, "", "not valid UTF-8");
    } catch (IOException e) {
      throw new ConfigException(file, 0, "", "cannot read the file: " + e);
    }
    return parse(file, text);
  }

  /** Reads configuration text as if it came from {@code file} (which is not read). */
  public static LoadedConfig parse(Path file, String yaml) throws ConfigException {
    return new Reader(file, tokenize(file, yaml)).readDocument();
  }

  /** One token of the YAML stream, with its text and 1-based line. */
  private record Token(JsonToken type, String text, int line) {}

  /**
   * The whole token stream first, so that a syntax error anywhere is reported before any
   * complaint about the content.
   */
  private static List<Token> tokenize(Path file, String yaml) throws ConfigException {
    List<Token> tokens = new ArrayList<>();
    try (YAMLParser p = new YAMLFactory().createParser(new StringReader(yaml))) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        int line = Math.max(p.currentTokenLocation().getLineNr(), 0);
        String text = t == JsonToken.FIELD_NAME ? p.currentName() : p.getText();
        if (p.isCurrentAlias()) {
          throw new ConfigException(
              file, line, "", "YAML aliases ('*" + text + "') are not supported");
        }
        tokens.add(new Token(t, text, line));
      }
    } catch (JsonProcessingException e) {
      int line = e.getLocation() != null ? Math.max(e.getLocation().getLineNr(), 0) : 0;
      throw new ConfigException(
          file, line, "", "malformed YAML: " + condense(e.getOriginalMessage()));
    } catch (IOException e) {
      throw new ConfigException(file, 0, "", "cannot read the file: " + e);
    }
    return tokens;
  }

  /** SnakeYAML's messages span lines with code snippets; keep the descriptive lines. */
  private static String condense(String message) {
    if (message == null) {
      return "cannot parse";
    }
    List<String> kept = new ArrayList<>();
    for (String l : message.split("\n")) {
      String s = l.strip();
      if (s.isEmpty() || s.startsWith("in '") || s.equals("^") || l.startsWith(" ")) {
        continue;
      }
      kept.add(s);
    }
    return kept.isEmpty() ? message.strip() : String.join("; ", kept);
  }

  /**
   * Checks that every rule id in {@code rules:} names a rule the engine knows. Ids are sorted by
   * line; the first unknown one is reported with its line.
   */
  public static void validateRuleIds(LoadedConfig loaded, Set<String> knownIds)
      throws ConfigException {
    Config config = loaded.config();
    Optional<String> unknown =
        config.rules().keySet().stream()
            .filter(id -> !knownIds.contains(id))
            .min(Comparator.comparingInt((String id) -> loaded.lineOf("rules." + id))
                .thenComparing(Comparator.naturalOrder()));
    if (unknown.isPresent()) {
      String id = unknown.get();
      String known =
          knownIds.isEmpty() ? "none" : knownIds.stream().sorted().collect(Collectors.joining(", "));
      throw new ConfigException(
          config.file().orElse(Path.of("import-health.yaml")),
          loaded.lineOf("rules." + id),
          "rules." + id,
          "unknown rule id '" + id + "'; known rule ids: " + known);
    }
  }

  /**
   * Like {@link #validateRuleIds(LoadedConfig, Set)} for a bare {@link Config}: the lines are
   * looked up by reading {@link Config#file()} again (line 0 when that is not possible).
   */
  public static void validateRuleIds(Config config, Set<String> knownIds) throws ConfigException {
    if (config.rules().keySet().stream().allMatch(knownIds::contains)) {
      return;
    }
    Map<String, Integer> lines = Map.of();
    if (config.file().isPresent()) {
      try {
        lines = read(config.file().get()).keyLines();
      } catch (ConfigException e) {
        // the file changed since it was loaded; report without a line
      }
    }
    validateRuleIds(new LoadedConfig(config, lines), knownIds);
  }

  /** Walks the tokens of one YAML document, building the config and recording key lines. */
  private static final class Reader {
    private final Path file;
    private final List<Token> tokens;
    private int pos = -1;
    private final Map<String, Integer> lines = new LinkedHashMap<>();

    private final List<String> namespaces = new ArrayList<>();
    private final List<String> sources = new ArrayList<>();
    private final List<String> exclude = new ArrayList<>();
    private final List<String> classpath = new ArrayList<>();
    private final Map<String, RuleSetting> rules = new LinkedHashMap<>();
    private final List<Migration> migrations = new ArrayList<>();
    private final List<SsotConcept> ssot = new ArrayList<>();

    Reader(Path file, List<Token> tokens) {
      this.file = file;
      this.tokens = tokens;
    }

    LoadedConfig readDocument() throws ConfigException {
      JsonToken t = next();
      if (t == null) {
        return new LoadedConfig(defaults(), Map.of());
      }
      if (t != JsonToken.START_OBJECT) {
        if (t == JsonToken.VALUE_NULL) { // a document holding only "---" or "~"
          expectEnd();
          return new LoadedConfig(defaults(), Map.of());
        }
        throw error(line(), "", "expected a mapping of keys (" + String.join(", ", KNOWN_KEYS) + ")");
      }
      Map<String, Integer> seen = new HashMap<>();
      while ((t = next()) == JsonToken.FIELD_NAME) {
        String key = text();
        int line = line();
        checkDuplicate(seen, key, key, line);
        lines.put(key, line);
        switch (key) {
          case "namespaces" -> readStrings(key, namespaces, this::checkNamespace);
          case "sources" -> readStrings(key, sources, this::checkGlob);
          case "exclude" -> readStrings(key, exclude, this::checkGlob);
          case "classpath" -> readStrings(key, classpath, (k, l, v) -> {});
          case "rules" -> readRules();
          case "migrations" -> readMigrations();
          case "ssot" -> readSsot();
          default -> {
            if (RESERVED_KEYS.contains(key)) {
              throw error(line, key, "'" + key + "' is not supported by this version of import-health");
            }
            throw error(line, key, unknownKey(key, KNOWN_KEYS));
          }
        }
      }
      expectEnd();
      return new LoadedConfig(
          new Config(Optional.of(file), namespaces, sources, exclude, classpath, rules, migrations, ssot), lines);
    }

    private Config defaults() {
      return new Config(Optional.of(file), List.of(), List.of(), List.of(), List.of(), Map.of());
    }

    private void expectEnd() throws ConfigException {
      JsonToken t = next();
      if (t != null) {
        throw error(line(), "", "only one YAML document is supported; remove the second '---'");
      }
    }

    private interface ItemCheck {
      void check(String key, int line, String value) throws ConfigException;
    }

    private void readStrings(String key, List<String> out, ItemCheck check) throws ConfigException {
      JsonToken t = next();
      if (t == JsonToken.VALUE_NULL) {
        return;
      }
      if (t != JsonToken.START_ARRAY) {
        throw error(line(), key, "expected a list of strings, found " + describe(t));
      }
      while ((t = next()) != JsonToken.END_ARRAY) {
        int line = line();
        if (!t.isScalarValue() || t == JsonToken.VALUE_NULL) {
          throw error(line, key, "expected a list of strings, found " + describe(t) + " as an item");
        }
        String value = text().trim();
        if (value.isEmpty()) {
          throw error(line, key, "expected a list of strings, found an empty string");
        }
        check.check(key, line, value);
        out.add(value);
      }
    }

    private void checkNamespace(String key, int line, String value) throws ConfigException {
      if (!SourceVersion.isName(value)) {
        throw error(line, key, "'" + value + "' is not a valid package name (like com.acme)");
      }
    }

    private void checkGlob(String key, int line, String value) throws ConfigException {
      if (value.startsWith("/")) {
        throw error(line, key, "'" + value + "': globs are relative to the project root; remove the leading '/'");
      }
      try {
        GlobMatcher.compile(value);
      } catch (IllegalArgumentException e) {
        throw error(line, key, "'" + value + "' is not a valid glob: " + e.getMessage());
      }
    }

    private void readRules() throws ConfigException {
      JsonToken t = next();
      if (t == JsonToken.VALUE_NULL) {
        return;
      }
      if (t != JsonToken.START_OBJECT) {
        throw error(line(), "rules", "expected a mapping of rule ids to levels (IH001: warning), found " + describe(t));
      }
      Map<String, Integer> seen = new HashMap<>();
      while ((t = next()) == JsonToken.FIELD_NAME) {
        String id = text();
        String key = "rules." + id;
        int line = line();
        checkDuplicate(seen, id, key, line);
        lines.put(key, line);
        if (!RULE_ID.matcher(id).matches()) {
          throw error(line, key, "'" + id + "' is not a rule id; rule ids look like IH001");
        }
        rules.put(id, readRuleSetting(key));
      }
    }

    private void readMigrations() throws ConfigException {
      JsonToken t = next();
      if (t == JsonToken.VALUE_NULL) {
        return;
      }
      if (t != JsonToken.START_ARRAY) {
        throw error(line(), "migrations", "expected a list of entries ({from: ..., to: ...}), found " + describe(t));
      }
      while ((t = next()) != JsonToken.END_ARRAY) {
        if (t != JsonToken.START_OBJECT) {
          throw error(line(), "migrations", "expected an entry ({from: ..., to: ...}), found " + describe(t));
        }
        migrations.add(readMigration(line()));
      }
    }

    /** One {@code {from, to, reason?, since?, until?}} entry; the current token is its start. */
    private Migration readMigration(int entryLine) throws ConfigException {
      Map<String, String> values = new HashMap<>();
      Map<String, Integer> seen = new HashMap<>();
      JsonToken t;
      while ((t = next()) == JsonToken.FIELD_NAME) {
        String sub = text();
        String key = "migrations." + sub;
        int subLine = line();
        checkDuplicate(seen, sub, key, subLine);
        if (!MIGRATION_KEYS.contains(sub)) {
          throw error(subLine, key, unknownKey(sub, MIGRATION_KEYS));
        }
        JsonToken v = next();
        if (v == null || !v.isScalarValue() || v == JsonToken.VALUE_NULL || text().isBlank()) {
          throw error(line(), key, "expected a value, found " + describe(v));
        }
        values.put(sub, text().trim());
      }
      for (String required : List.of("from", "to")) {
        if (!values.containsKey(required)) {
          throw error(entryLine, "migrations." + required, "missing; every entry needs 'from' and 'to'");
        }
      }
      String from = values.get("from");
      String to = values.get("to");
      for (String side : List.of("from", "to")) {
        String path = values.get(side);
        if (Migration.kindOf(path).isEmpty()) {
          throw error(seen.get(side), "migrations." + side, "'" + path
              + "' is not a type (com.acme.Type), a package (com.acme.legacy.*) or a member (com.acme.Type#member)");
        }
      }
      if (Migration.kindOf(from).get() != Migration.kindOf(to).get()) {
        throw error(seen.get("to"), "migrations.to", "'" + from + "' is a " + kindName(from) + " but '" + to
            + "' is a " + kindName(to) + "; both sides must be of the same kind");
      }
      Optional<LocalDate> until = Optional.empty();
      if (values.containsKey("until")) {
        try {
          until = Optional.of(LocalDate.parse(values.get("until")));
        } catch (DateTimeParseException e) {
          throw error(seen.get("until"), "migrations.until", "'" + values.get("until")
              + "' is not an ISO date (like 2026-12-31)");
        }
      }
      return new Migration(from, to, Optional.ofNullable(values.get("reason")),
          Optional.ofNullable(values.get("since")), until, entryLine);
    }

    private void readSsot() throws ConfigException {
      JsonToken t = next();
      if (t == JsonToken.VALUE_NULL) {
        return;
      }
      if (t != JsonToken.START_ARRAY) {
        throw error(line(), "ssot", "expected a list of entries ({name: ..., canonical: ...}), found " + describe(t));
      }
      Map<String, Integer> names = new HashMap<>();
      while ((t = next()) != JsonToken.END_ARRAY) {
        if (t != JsonToken.START_OBJECT) {
          throw error(line(), "ssot", "expected an entry ({name: ..., canonical: ...}), found " + describe(t));
        }
        SsotConcept concept = readConcept(line(), names);
        ssot.add(concept);
      }
    }

    /** One {@code {name, canonical, interface?, pattern?, allow?, description?}} entry; the current token is its start. */
    private SsotConcept readConcept(int entryLine, Map<String, Integer> names) throws ConfigException {
      Map<String, String> values = new HashMap<>();
      Map<String, Integer> seen = new HashMap<>();
      List<String> allow = new ArrayList<>();
      JsonToken t;
      while ((t = next()) == JsonToken.FIELD_NAME) {
        String sub = text();
        String key = "ssot." + sub;
        int subLine = line();
        checkDuplicate(seen, sub, key, subLine);
        if (!SSOT_KEYS.contains(sub)) {
          throw error(subLine, key, unknownKey(sub, SSOT_KEYS));
        }
        if (sub.equals("allow")) {
          readStrings(key, allow, this::checkTypeName);
          continue;
        }
        JsonToken v = next();
        if (v == null || !v.isScalarValue() || v == JsonToken.VALUE_NULL || text().isBlank()) {
          throw error(line(), key, "expected a value, found " + describe(v));
        }
        values.put(sub, text().trim());
      }
      for (String required : List.of("name", "canonical")) {
        if (!values.containsKey(required)) {
          throw error(entryLine, "ssot." + required, "missing; every entry needs 'name' and 'canonical'");
        }
      }
      String name = values.get("name");
      Integer first = names.putIfAbsent(name, seen.get("name"));
      if (first != null) {
        throw error(seen.get("name"), "ssot.name", "duplicate concept name '" + name + "'; first given on line " + first);
      }
      for (String side : List.of("canonical", "interface")) {
        if (values.containsKey(side)) {
          checkTypeName("ssot." + side, seen.get(side), values.get(side));
        }
      }
      if (values.get("canonical").equals(values.get("interface"))) {
        throw error(seen.get("interface"), "ssot.interface",
            "the interface is the role the implementations share; it cannot be the canonical implementation too");
      }
      Optional<Pattern> pattern = Optional.empty();
      if (values.containsKey("pattern")) {
        try {
          pattern = Optional.of(Pattern.compile(values.get("pattern")));
        } catch (PatternSyntaxException e) {
          throw error(seen.get("pattern"), "ssot.pattern", "'" + values.get("pattern")
              + "' is not a valid regular expression: " + e.getDescription() + " near index " + e.getIndex());
        }
      }
      return new SsotConcept(name, values.get("canonical"), Optional.ofNullable(values.get("interface")), pattern,
          allow, Optional.ofNullable(values.get("description")), entryLine);
    }

    private void checkTypeName(String key, int line, String value) throws ConfigException {
      if (!SourceVersion.isName(value)) {
        throw error(line, key, "'" + value + "' is not a type name (like com.acme.Type or com.acme.Outer.Inner)");
      }
    }

    private static String kindName(String path) {
      return Migration.kindOf(path).orElseThrow().name().toLowerCase(Locale.ROOT);
    }

    private RuleSetting readRuleSetting(String key) throws ConfigException {
      JsonToken t = next();
      int line = line();
      if (t == JsonToken.START_OBJECT) {
        RuleSetting setting = null;
        Map<String, Integer> seen = new HashMap<>();
        while ((t = next()) == JsonToken.FIELD_NAME) {
          String sub = text();
          String subKey = key + "." + sub;
          int subLine = line();
          checkDuplicate(seen, sub, subKey, subLine);
          lines.put(subKey, subLine);
          if (!RULE_KEYS.contains(sub)) {
            throw error(subLine, subKey, unknownKey(sub, RULE_KEYS));
          }
          JsonToken v = next();
          setting = level(v, subKey, line());
        }
        if (setting == null) {
          throw error(line, key, "expected 'level: off | error | warning | note'");
        }
        return setting;
      }
      return level(t, key, line);
    }

    /** off | error | warning | note; YAML 1.1 reads a bare {@code off} as boolean false. */
    private RuleSetting level(JsonToken t, String key, int line) throws ConfigException {
      if (t == JsonToken.VALUE_FALSE) {
        return RuleSetting.disabled();
      }
      String text = t != null && t.isScalarValue() && t != JsonToken.VALUE_NULL ? text().trim() : null;
      if (text != null && (t == JsonToken.VALUE_STRING)) {
        String lower = text.toLowerCase(Locale.ROOT);
        switch (lower) {
          case "off" -> {
            return RuleSetting.disabled();
          }
          case "error", "warning", "note" -> {
            return RuleSetting.at(Severity.parse(lower));
          }
          default -> {}
        }
      }
      String found = text != null ? "'" + text + "'" : describe(t);
      throw error(line, key, "expected " + LEVELS + " (or {level: ...}), found " + found);
    }

    private void checkDuplicate(Map<String, Integer> seen, String name, String key, int line)
        throws ConfigException {
      Integer first = seen.putIfAbsent(name, line);
      if (first != null) {
        throw error(line, key, "duplicate key; first given on line " + first);
      }
    }

    private static String unknownKey(String key, List<String> known) {
      return "unknown key '" + key + "'; known keys: " + String.join(", ", known);
    }

    private static String describe(JsonToken t) {
      if (t == null) {
        return "nothing";
      }
      return switch (t) {
        case START_OBJECT -> "a mapping";
        case START_ARRAY -> "a list";
        case VALUE_NULL -> "nothing";
        case VALUE_TRUE, VALUE_FALSE -> "a boolean";
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
        default -> "a string";
      };
    }

    private JsonToken next() {
      pos++;
      return pos < tokens.size() ? tokens.get(pos).type() : null;
    }

    private String text() {
      return tokens.get(pos).text();
    }

    /** Line of the current token; after the last one, the line of the last one. */
    private int line() {
      if (tokens.isEmpty()) {
        return 0;
      }
      return tokens.get(Math.min(pos, tokens.size() - 1)).line();
    }

    private ConfigException error(int line, String key, String problem) {
      return new ConfigException(file, line, key, problem);
    }
  }
}
