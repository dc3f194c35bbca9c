package dev.importhealth.rules.archunit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SsotConfigReaderTest {
  static final Path FILE = Path.of("import-health.yaml");
  static final String WS = SsotRulesTest.WS;

  static void rejects(String yaml, String message) {
    assertThatThrownBy(() -> SsotConfigReader.parse(FILE, yaml))
        .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
  }

  @Test
  void readsEntriesAndSkipsTheOtherKeys() {
    List<Concept> concepts = SsotConfigReader.parse(FILE, """
        rules: {IH105: off}
        ssot:
          - name: ws
            canonical: a.Unified
            interface: a.Manager
            allow: [a.Fake, a.Outer$Inner]
          - {name: log, canonical: b.Log, pattern: ".*Logger", description: one logger}
        migrations: []
        """);

    assertThat(concepts).containsExactly(
        new Concept("ws", "a.Unified", Optional.of("a.Manager"), Optional.empty(), List.of("a.Fake", "a.Outer$Inner"),
            Optional.empty()),
        new Concept("log", "b.Log", Optional.empty(), Optional.of(".*Logger"), List.of(), Optional.of("one logger")));
  }

  @Test
  void rejectsUnknownKeyWithLine() {
    rejects("ssot:\n  - name: ws\n    canonical: a.B\n    interfce: a.I\n",
        "import-health.yaml:4: 'ssot.interfce': unknown key 'interfce'; known keys: name, canonical, interface, "
            + "pattern, allow, description");
  }

  @Test
  void rejectsMissingNameOrCanonical() {
    rejects("ssot:\n  - name: ws\n    interface: a.I\n",
        "import-health.yaml:2: 'ssot.canonical': missing; every entry needs 'name' and 'canonical'");
    rejects("ssot:\n  - canonical: a.B\n    interface: a.I\n",
        "import-health.yaml:2: 'ssot.name': missing; every entry needs 'name' and 'canonical'");
  }

  @Test
  void rejectsEntryThatNoRuleCouldCheck() {
    assertThatThrownBy(() -> SsotConfigReader.parse(FILE, "ssot:\n  - {name: ws, canonical: a.B}\n"))
        .hasMessageStartingWith("import-health.yaml:2: 'ssot': entry 'ws' needs 'interface'");
  }

  @Test
  void rejectsBadValues() {
    rejects("ssot:\n  - {name: ws, canonical: a.B, pattern: '*Manager'}\n",
        "import-health.yaml:2: 'ssot.pattern': '*Manager' is not a valid regular expression: Dangling meta character '*'");
    rejects("ssot:\n  - name: ws\n    canonical: Unified\n    interface: a.I\n",
        "import-health.yaml:3: 'ssot.canonical': 'Unified' is not a fully qualified class name (like com.acme.Type, "
            + "com.acme.Outer$Inner)");
    rejects("ssot:\n  - name: ws\n    canonical: a.B\n    interface: a.I\n    allow: a.C\n",
        "import-health.yaml:5: 'ssot.allow': expected a list of class names");
    rejects("ssot:\n  - {name: ws, canonical: a.B, interface: a.I}\n  - {name: ws, canonical: a.C, interface: a.I}\n",
        "import-health.yaml:3: 'ssot.name': 'ws' is already the name of the entry on line 2");
    rejects("ssot:\n  - name: ws\n    name: wt\n", "import-health.yaml:3: 'ssot.name': duplicate key; first given on line 2");
  }

  @Test
  void rejectsFileWithoutEntries() {
    rejects("namespaces: [a]\n", "import-health.yaml: has no 'ssot:' section, so there is nothing to check");
    rejects("ssot: []\n", "import-health.yaml:1: 'ssot': has no entries, so there is nothing to check");
    rejects("", "import-health.yaml: has no 'ssot:' section, so there is nothing to check");
    assertThatThrownBy(() -> SsotRules.fromConfig(Path.of("does-not-exist.yaml")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("does-not-exist.yaml: cannot read the file");
  }

  @Test
  void fromConfigGivesImplementationNameAndUseRulesNamingTheConcept() {
    List<ArchRule> rules = SsotRules.fromConfig(Path.of("src/test/resources/archunit/import-health.yaml"));
    JavaClasses classes = SsotRulesTest.CLASSES;

    assertThat(rules).extracting(ArchRule::getDescription).allSatisfy(d -> assertThat(d)
        .startsWith("SSOT 'websocket-manager': ").endsWith(", because one connection manager, with reconnects and metrics"));
    assertThat(rules).hasSize(3);
    assertThat(rules.get(0).evaluate(classes).getFailureReport().getDetails()).containsExactlyInAnyOrder(
        "Class <" + WS + "LegacyWebSocketManager> is an implementation of " + WS + "WebSocketManager other than the "
            + "canonical " + WS + "UnifiedWebSocketManager (SSOT 'websocket-manager') in (LegacyWebSocketManager.java:0)",
        "Class <" + WS + "SimpleWebSocketManager> is an implementation of " + WS + "WebSocketManager other than the "
            + "canonical " + WS + "UnifiedWebSocketManager (SSOT 'websocket-manager') in (SimpleWebSocketManager.java:0)");
    // the interface counts as allowed for the name rule
    assertThat(rules.get(1).evaluate(classes).getFailureReport().getDetails())
        .extracting(d -> d.substring(0, d.indexOf('>') + 1))
        .containsExactlyInAnyOrder("Class <" + WS + "ChatWebSocketManagerImpl>", "Class <" + WS + "LegacyWebSocketManager>",
            "Class <" + WS + "SimpleWebSocketManager>");
    // uses of implementations and of name-alikes, in one rule: ChatService 3 + 3, PushService 2
    assertThat(rules.get(2).evaluate(classes).getFailureReport().getDetails()).hasSize(8)
        .allSatisfy(d -> assertThat(d).endsWith(" (SSOT 'websocket-manager')"));
  }
}
