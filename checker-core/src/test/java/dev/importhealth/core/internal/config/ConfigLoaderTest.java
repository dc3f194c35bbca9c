package dev.importhealth.core.internal.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.importhealth.core.api.Severity;
import dev.importhealth.core.config.Config;
import dev.importhealth.core.config.ConfigException;
import dev.importhealth.core.config.Migration;
import dev.importhealth.core.config.RuleSetting;
import dev.importhealth.core.config.SsotConcept;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

  @TempDir Path dir;

  private Path yaml(String text) throws IOException {
    return Files.writeString(dir.resolve("import-health.yaml"), text);
  }

  /** Asserts the exception names the file, the line and the key, and says {@code problem}. */
  private void assertError(ThrowingCallable call, int line, String key, String problem) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            ConfigException.class,
            e -> {
              assertThat(e.line()).isEqualTo(line);
              assertThat(e.key()).isEqualTo(key);
              assertThat(e.getMessage())
                  .startsWith(
                      dir.resolve("import-health.yaml") + (line > 0 ? ":" + line : "") + ": ")
                  .contains(problem);
              if (!key.isEmpty()) {
                assertThat(e.getMessage()).contains("'" + key + "'");
              }
            });
  }

  private void assertLoadError(String text, int line, String key, String problem)
      throws IOException {
    Path f = yaml(text);
    assertError(() -> ConfigLoader.load(f), line, key, problem);
  }

  @Test
  void readsAFullFile() throws Exception {
    Path f =
        yaml(
            """
            # import-health configuration
            namespaces:
              - com.acme
              - org.example.app
            sources: ["src/main/java/**", "./lib/**/*.java"]
            exclude:
              - "**/generated/**"
            classpath:
              - lib/*.jar
              - ../shared/classes
            rules:
              IH001: off
              IH002: error
              IH003: warning
              IH004: note
              IH005: {level: note}
              IH006:
                level: off
              IH007: "off"
              IH008: WARNING
            """);

    LoadedConfig loaded = ConfigLoader.read(f);
    Config c = loaded.config();

    assertThat(c.file()).contains(f);
    assertThat(c.namespaces()).containsExactly("com.acme", "org.example.app");
    assertThat(c.sources()).containsExactly("src/main/java/**", "./lib/**/*.java");
    assertThat(c.exclude()).containsExactly("**/generated/**");
    assertThat(c.classpath()).containsExactly("lib/*.jar", "../shared/classes");
    assertThat(c.rules())
        .containsEntry("IH001", RuleSetting.disabled())
        .containsEntry("IH002", RuleSetting.at(Severity.ERROR))
        .containsEntry("IH003", RuleSetting.at(Severity.WARNING))
        .containsEntry("IH004", RuleSetting.at(Severity.NOTE))
        .containsEntry("IH005", RuleSetting.at(Severity.NOTE))
        .containsEntry("IH006", RuleSetting.disabled())
        .containsEntry("IH007", RuleSetting.disabled())
        .containsEntry("IH008", RuleSetting.at(Severity.WARNING))
        .hasSize(8);
    assertThat(loaded.lineOf("namespaces")).isEqualTo(2);
    assertThat(loaded.lineOf("rules")).isEqualTo(11);
    assertThat(loaded.lineOf("rules.IH001")).isEqualTo(12);
    assertThat(loaded.lineOf("rules.IH006")).isEqualTo(17);
    assertThat(loaded.lineOf("rules.IH006.level")).isEqualTo(18);
    assertThat(loaded.lineOf("nowhere")).isZero();
    assertThat(ConfigLoader.load(f)).isEqualTo(c);
  }

  @Test
  void emptyFileAndCommentsOnlyMeanDefaults() throws Exception {
    for (String text : new String[] {"", "# nothing yet\n\n", "---\n"}) {
      Config c = ConfigLoader.load(yaml(text));
      assertThat(c.namespaces()).isEmpty();
      assertThat(c.sources()).isEmpty();
      assertThat(c.exclude()).isEmpty();
      assertThat(c.classpath()).isEmpty();
      assertThat(c.rules()).isEmpty();
      assertThat(c.file()).contains(dir.resolve("import-health.yaml"));
    }
  }

  @Test
  void keysWithoutValuesAreEmpty() throws Exception {
    Config c = ConfigLoader.load(yaml("namespaces:\nrules:\n"));
    assertThat(c.namespaces()).isEmpty();
    assertThat(c.rules()).isEmpty();
  }

  @Test
  void unknownTopLevelKey() throws Exception {
    assertLoadError(
        "namespaces: [com.acme]\n\ncolour: blue\n",
        3,
        "colour",
        "unknown key 'colour'; known keys: namespaces, sources, exclude, classpath, rules");
  }

  @Test
  void unknownKeyInsideARuleSetting() throws Exception {
    assertLoadError(
        "rules:\n  IH001:\n    level: note\n    severity: high\n",
        4,
        "rules.IH001.severity",
        "unknown key 'severity'; known keys: level");
  }

  @Test
  void readsTheSsotRegistry() throws Exception {
    Config config = ConfigLoader.load(yaml("""
        ssot:
          - name: websocket-manager
            canonical: com.netra.websocket.UnifiedWebSocketManager
            interface: com.netra.websocket.WebSocketManager
            pattern: ".*WebSocketManager.*"
            allow: [com.netra.testing.FakeWebSocketManager]
            description: One manager owns all socket state.
          - name: auth
            canonical: com.netra.auth.AuthService
        """));
    assertThat(config.ssot()).hasSize(2);
    SsotConcept manager = config.ssot().get(0);
    assertThat(manager.name()).isEqualTo("websocket-manager");
    assertThat(manager.canonical()).isEqualTo("com.netra.websocket.UnifiedWebSocketManager");
    assertThat(manager.interfaceName()).contains("com.netra.websocket.WebSocketManager");
    assertThat(manager.pattern().orElseThrow().pattern()).isEqualTo(".*WebSocketManager.*");
    assertThat(manager.allow()).containsExactly("com.netra.testing.FakeWebSocketManager");
    assertThat(manager.description()).contains("One manager owns all socket state.");
    assertThat(manager.line()).isEqualTo(2);
    SsotConcept auth = config.ssot().get(1);
    assertThat(auth.interfaceName()).isEmpty();
    assertThat(auth.pattern()).isEmpty();
    assertThat(auth.allow()).isEmpty();
    assertThat(auth.line()).isEqualTo(8);
  }

  @Test
  void ssotEntryErrorsNameTheLineAndKey() throws Exception {
    assertLoadError("ssot: {}\n", 1, "ssot", "expected a list of entries");
    assertLoadError("ssot:\n  - a.B\n", 2, "ssot", "expected an entry");
    assertLoadError("ssot:\n  - name: x\n    canonical: a.B\n    implements: a.I\n", 4, "ssot.implements",
        "unknown key 'implements'; known keys: name, canonical, interface, pattern, allow, description");
    assertLoadError("ssot:\n  - canonical: a.B\n", 2, "ssot.name", "missing");
    assertLoadError("ssot:\n  - name: x\n    pattern: A.*\n", 2, "ssot.canonical", "missing");
    assertLoadError("ssot:\n  - name: x\n    canonical: a.B\n    canonical: a.C\n", 4, "ssot.canonical",
        "duplicate key; first given on line 3");
    assertLoadError("ssot:\n  - name: x\n    canonical: a.B\n  - name: x\n    canonical: a.C\n", 4, "ssot.name",
        "duplicate concept name 'x'; first given on line 2");
  }

  @Test
  void ssotTypeNamesAndPatternsMustBeWellFormed() throws Exception {
    assertLoadError("ssot:\n  - name: x\n    canonical: a..B\n", 3, "ssot.canonical", "'a..B' is not a type name");
    assertLoadError("ssot:\n  - name: x\n    canonical: a.B\n    interface: a.class\n", 4, "ssot.interface",
        "'a.class' is not a type name");
    assertLoadError("ssot:\n  - name: x\n    canonical: a.B\n    interface: a.B\n", 4, "ssot.interface",
        "cannot be the canonical implementation too");
    assertLoadError("ssot:\n  - name: x\n    canonical: a.B\n    pattern: \"(Manager\"\n", 4, "ssot.pattern",
        "'(Manager' is not a valid regular expression: Unclosed group");
    assertLoadError("ssot:\n  - name: x\n    canonical: a.B\n    allow:\n      - a.Fake\n      - a.Fake-2\n", 6,
        "ssot.allow", "'a.Fake-2' is not a type name");
    assertLoadError("ssot:\n  - name: x\n    canonical: a.B\n    allow: a.Fake\n", 4, "ssot.allow",
        "expected a list of strings");
    assertLoadError("ssot:\n  - name: x\n    canonical:\n", 3, "ssot.canonical", "expected a value");
  }

  @Test
  void readsTheMigrationRegistry() throws Exception {
    Config config = ConfigLoader.load(yaml("""
        migrations:
          - from: com.netra.websocket.UserWebSocketEmitter
            to: com.netra.websocket.UnifiedWebSocketEmitter
            reason: consolidated into the unified emitter
          - from: com.netra.shared.logging.legacy.*
            to: com.netra.shared.logging.ssot.*
          - from: com.netra.auth.UserAuthService#validateToken
            to: com.netra.auth.UserAuthService#verifyToken
            since: 2.3
            until: 2026-12-31
        """));
    assertThat(config.migrations()).hasSize(3);
    Migration type = config.migrations().get(0);
    assertThat(type.kind()).isEqualTo(Migration.Kind.TYPE);
    assertThat(type.reason()).contains("consolidated into the unified emitter");
    assertThat(type.line()).isEqualTo(2);
    assertThat(config.migrations().get(1).kind()).isEqualTo(Migration.Kind.PACKAGE);
    assertThat(config.migrations().get(1).movedName("com.netra.shared.logging.legacy.sub.Log"))
        .contains("com.netra.shared.logging.ssot.sub.Log");
    Migration member = config.migrations().get(2);
    assertThat(member.kind()).isEqualTo(Migration.Kind.MEMBER);
    assertThat(member.since()).contains("2.3");
    assertThat(member.until()).contains(LocalDate.of(2026, 12, 31));
    assertThat(member.line()).isEqualTo(7);
  }

  @Test
  void migrationWithAnUnknownKey() throws Exception {
    assertLoadError("migrations:\n  - from: a.B\n    to: a.C\n    because: x\n", 4, "migrations.because",
        "unknown key 'because'; known keys: from, to, reason, since, until");
  }

  @Test
  void migrationWithoutFromOrTo() throws Exception {
    assertLoadError("migrations:\n  - to: a.C\n", 2, "migrations.from", "missing");
    assertLoadError("migrations:\n  - from: a.B\n    reason: r\n", 2, "migrations.to", "missing");
  }

  @Test
  void migrationWithAMalformedPath() throws Exception {
    assertLoadError("migrations:\n  - from: a.B\n    to: a..C\n", 3, "migrations.to", "'a..C' is not a type");
    assertLoadError("migrations:\n  - from: a.B#1m\n    to: a.B#m\n", 2, "migrations.from", "is not a type");
    assertLoadError("migrations:\n  - from: a.*.b\n    to: a.c\n", 2, "migrations.from", "is not a type");
  }

  @Test
  void migrationBetweenDifferentKinds() throws Exception {
    assertLoadError("migrations:\n  - from: a.B\n    to: a.legacy.*\n", 3, "migrations.to",
        "'a.B' is a type but 'a.legacy.*' is a package; both sides must be of the same kind");
  }

  @Test
  void migrationWithABadDate() throws Exception {
    assertLoadError("migrations:\n  - from: a.B\n    to: a.C\n    until: 31.12.2026\n", 4, "migrations.until",
        "'31.12.2026' is not an ISO date (like 2026-12-31)");
    assertLoadError("migrations:\n  - from: a.B\n    to: a.C\n    until: 2026-02-30\n", 4, "migrations.until",
        "is not an ISO date");
  }

  @Test
  void migrationsNotAList() throws Exception {
    assertLoadError("migrations: a.B\n", 1, "migrations", "expected a list of entries");
    assertLoadError("migrations:\n  - a.B\n", 2, "migrations", "expected an entry");
  }

  @Test
  void listKeyGivenAScalar() throws Exception {
    assertLoadError(
        "sources: [a]\nnamespaces: com.acme\n",
        2,
        "namespaces",
        "expected a list of strings, found a string");
  }

  @Test
  void listItemThatIsAMapping() throws Exception {
    assertLoadError(
        "exclude:\n  - a/**\n  - {glob: b}\n",
        3,
        "exclude",
        "expected a list of strings, found a mapping as an item");
  }

  @Test
  void classpathGivenAMapping() throws Exception {
    assertLoadError(
        "classpath:\n  jar: lib/x.jar\n", 2, "classpath", "expected a list of strings, found a mapping");
  }

  @Test
  void invalidPackageName() throws Exception {
    assertLoadError(
        "namespaces:\n  - com.acme\n  - com..broken\n",
        3,
        "namespaces",
        "'com..broken' is not a valid package name");
    assertLoadError(
        "namespaces: [com.class.x]\n", 1, "namespaces", "'com.class.x' is not a valid package name");
  }

  @Test
  void invalidGlobs() throws Exception {
    assertLoadError(
        "sources:\n  - src/{main,test\n", 2, "sources", "'src/{main,test' is not a valid glob");
    assertLoadError(
        "exclude:\n  - ok/**\n  - /abs/**\n",
        3,
        "exclude",
        "globs are relative to the project root");
  }

  @Test
  void rulesMustBeAMapping() throws Exception {
    assertLoadError(
        "rules:\n  - IH001\n", 2, "rules", "expected a mapping of rule ids to levels");
  }

  @Test
  void malformedRuleId() throws Exception {
    assertLoadError(
        "rules:\n  IH001: off\n  unused-import: off\n",
        3,
        "rules.unused-import",
        "'unused-import' is not a rule id; rule ids look like IH001");
  }

  @Test
  void invalidLevels() throws Exception {
    assertLoadError(
        "rules:\n  IH001: loud\n", 2, "rules.IH001", "expected off, error, warning or note");
    // YAML 1.1 reads a bare 'on' as true; it is no level
    assertLoadError("rules:\n  IH002: on\n", 2, "rules.IH002", "found 'on'");
    assertLoadError(
        "rules:\n  IH003:\n    level: [error]\n",
        3,
        "rules.IH003.level",
        "expected off, error, warning or note");
    assertLoadError("rules:\n  IH004: {}\n", 2, "rules.IH004", "expected 'level:");
  }

  @Test
  void duplicateKeys() throws Exception {
    assertLoadError(
        "rules:\n  IH001: off\n  IH001: note\n", 3, "rules.IH001", "duplicate key; first given on line 2");
    assertLoadError("sources: [a]\nsources: [b]\n", 2, "sources", "duplicate key");
  }

  @Test
  void malformedYamlReportsTheParsersLine() throws Exception {
    // the parser hands out "com.acme sources" (not a package name) before it fails on line 2:
    // the syntax error must win
    Path f = yaml("namespaces: [com.acme\nsources: [x]\n");
    assertThatThrownBy(() -> ConfigLoader.load(f))
        .isInstanceOfSatisfying(
            ConfigException.class,
            e -> {
              assertThat(e.line()).isEqualTo(2);
              assertThat(e.getMessage())
                  .startsWith(f + ":2: malformed YAML: ")
                  .contains("expected ',' or ']'")
                  .doesNotContain("\n");
            });

    Path g = yaml("rules:\n  IH001: off\n    IH002: on\n");
    assertThatThrownBy(() -> ConfigLoader.load(g))
        .isInstanceOfSatisfying(
            ConfigException.class,
            e -> {
              assertThat(e.line()).isEqualTo(3);
              assertThat(e.getMessage()).contains("malformed YAML");
            });
  }

  @Test
  void topLevelMustBeAMapping() throws Exception {
    assertLoadError("- com.acme\n", 1, "", "expected a mapping of keys");
  }

  @Test
  void onlyOneDocument() throws Exception {
    assertLoadError("sources: [a]\n---\nexclude: [b]\n", 3, "", "only one YAML document");
  }

  @Test
  void aliasesAreRejected() throws Exception {
    assertLoadError(
        "sources: &s [a]\nexclude: *s\n", 2, "", "YAML aliases ('*s') are not supported");
  }

  @Test
  void unreadableFile() {
    Path missing = dir.resolve("import-health.yaml");
    assertThatThrownBy(() -> ConfigLoader.load(missing))
        .isInstanceOfSatisfying(
            ConfigException.class,
            e -> {
              assertThat(e.line()).isZero();
              assertThat(e.getMessage()).startsWith(missing + ": cannot read the file");
            });
  }

  @Test
  void invalidUtf8() throws Exception {
    Path f = Files.write(dir.resolve("import-health.yaml"), new byte[] {'a', ':', ' ', (byte) 0xC3});
    assertError(() -> ConfigLoader.load(f), 0, "", "not valid UTF-8");
  }

  @Test
  void unknownRuleIdsAreReportedWithTheirLine() throws Exception {
    Path f = yaml("rules:\n  IH001: off\n  IH998: note\n  IH997: error\n");
    LoadedConfig loaded = ConfigLoader.read(f);

    loaded.validateRuleIds(Set.of("IH001", "IH998", "IH997")); // all known: no exception
    assertError(
        () -> loaded.validateRuleIds(Set.of("IH001", "IH002")),
        3,
        "rules.IH998",
        "unknown rule id 'IH998'; known rule ids: IH001, IH002");
    // the bare Config variant finds the line by reading the file again
    assertError(
        () -> ConfigLoader.validateRuleIds(loaded.config(), Set.of("IH001", "IH998")),
        4,
        "rules.IH997",
        "unknown rule id 'IH997'");
  }

  @Test
  void unknownRuleIdInAConfigWithoutFileHasNoLine() {
    Config c =
        new Config(
            Optional.empty(),
            java.util.List.of(),
            java.util.List.of(),
            java.util.List.of(),
            java.util.List.of(),
            java.util.Map.of("IH123", RuleSetting.disabled()));
    assertThatThrownBy(() -> ConfigLoader.validateRuleIds(c, Set.of("IH001")))
        .isInstanceOfSatisfying(
            ConfigException.class,
            e -> {
              assertThat(e.line()).isZero();
              assertThat(e.key()).isEqualTo("rules.IH123");
            });
  }

  @Test
  void parseWorksOnText() throws Exception {
    Path virtual = dir.resolve("virtual.yaml");
    LoadedConfig loaded =
        ConfigLoader.parse(virtual, "namespaces: [a.b]\n");
    assertThat(loaded.config().namespaces()).containsExactly("a.b");
    assertThat(loaded.config().file()).contains(virtual);
  }
}
