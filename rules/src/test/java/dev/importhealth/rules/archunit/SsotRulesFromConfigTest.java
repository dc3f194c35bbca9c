package dev.importhealth.rules.archunit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link SsotRules#fromConfig} on import-health.yaml, validated as a check validates it. */
class SsotRulesFromConfigTest {

  static final String WS = SsotRulesTest.WS;

  @TempDir
  Path dir;

  private Path config(String yaml) throws IOException {
    return Files.writeString(dir.resolve("import-health.yaml"), yaml);
  }

  @Test
  void readsTheValidatedRegistryNestedNamesIncluded() throws IOException {
    List<ArchRule> rules = SsotRules.fromConfig(config("""
        rules: {IH105: off}
        ssot:
          - {name: log, canonical: b.Log, pattern: ".*Logger", description: one logger}
        """));

    assertThat(rules).extracting(ArchRule::getDescription).allSatisfy(d -> assertThat(d).startsWith("SSOT 'log': ")
        .endsWith(", because one logger"));
    assertThat(SsotRules.binaryName("a.Outer.Inner")).isEqualTo("a.Outer$Inner");
    assertThat(SsotRules.binaryName("a.b.Top")).isEqualTo("a.b.Top");
  }

  @Test
  void configurationErrorsNameTheFileLineAndKey() throws IOException {
    Path file = config("ssot:\n  - name: ws\n    canonical: a.B\n    interfce: a.I\n");

    assertThatThrownBy(() -> SsotRules.fromConfig(file)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(file + ":4: 'ssot.interfce': unknown key");
  }

  @Test
  void anEntryNoArchUnitRuleCouldCheckAndAFileWithoutEntriesAreErrors() throws IOException {
    Path noRole = config("ssot:\n  - {name: ws, canonical: a.B}\n");
    assertThatThrownBy(() -> SsotRules.fromConfig(noRole))
        .hasMessage(noRole + ":2: 'ssot': entry 'ws' needs 'interface' or 'pattern' for ArchUnit rules to find its "
            + "competitors");
    Path empty = config("namespaces: [a]\n");
    assertThatThrownBy(() -> SsotRules.fromConfig(empty))
        .hasMessage(empty + ": has no 'ssot:' entries, so there is nothing to check");
    assertThatThrownBy(() -> SsotRules.fromConfig(dir.resolve("does-not-exist.yaml")))
        .isInstanceOf(IllegalArgumentException.class);
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
