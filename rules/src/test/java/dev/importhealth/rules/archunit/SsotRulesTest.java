package dev.importhealth.rules.archunit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import dev.importhealth.rules.archunit.fixture.websocket.FakeWebSocketManager;
import dev.importhealth.rules.archunit.fixture.websocket.LegacyWebSocketManager;
import dev.importhealth.rules.archunit.fixture.websocket.UnifiedWebSocketManager;
import dev.importhealth.rules.archunit.fixture.websocket.WebSocketManager;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SsotRulesTest {
  static final String WS = "dev.importhealth.rules.archunit.fixture.websocket.";
  static final String USERS = "dev.importhealth.rules.archunit.fixture.users.";
  static final String ROLE = WS + "WebSocketManager";
  static final String CANONICAL = WS + "UnifiedWebSocketManager";
  static final JavaClasses CLASSES = new ClassFileImporter().importPackages("dev.importhealth.rules.archunit.fixture");

  static List<String> details(ArchRule rule) {
    return rule.evaluate(CLASSES).getFailureReport().getDetails();
  }

  @Test
  void flagsConcreteImplementationsOtherThanCanonicalAndAllowed() {
    ArchRule rule = SsotRules.onlyCanonicalImplementation(
        WebSocketManager.class, UnifiedWebSocketManager.class, FakeWebSocketManager.class);

    assertThat(rule.getDescription()).isEqualTo("only " + CANONICAL + " and the allowed " + WS
        + "FakeWebSocketManager should implement or extend " + ROLE + ", because " + CANONICAL
        + " is the single source of truth");
    // the abstract base and the class that only has the name are not implementations
    assertThat(details(rule)).containsExactlyInAnyOrder(
        "Class <" + WS + "LegacyWebSocketManager> is an implementation of " + ROLE + " other than the canonical "
            + CANONICAL + " in (LegacyWebSocketManager.java:0)",
        "Class <" + WS + "SimpleWebSocketManager> is an implementation of " + ROLE + " other than the canonical "
            + CANONICAL + " in (SimpleWebSocketManager.java:0)");
  }

  @Test
  void stringOverloadGivesTheSameRuleAsTheClassOne() {
    ArchRule byName = SsotRules.onlyCanonicalImplementation(ROLE, CANONICAL, WS + "FakeWebSocketManager");
    ArchRule byClass = SsotRules.onlyCanonicalImplementation(
        WebSocketManager.class, UnifiedWebSocketManager.class, FakeWebSocketManager.class);

    assertThat(byName.getDescription()).isEqualTo(byClass.getDescription());
    assertThat(details(byName)).isEqualTo(details(byClass));
  }

  @Test
  void flagsAllowedImplementationWhenNotAllowed() {
    assertThat(details(SsotRules.onlyCanonicalImplementation(ROLE, CANONICAL)))
        .anySatisfy(d -> assertThat(d).startsWith("Class <" + WS + "FakeWebSocketManager> is an implementation"))
        .hasSize(3);
  }

  @Test
  void flagsUsesOfNonCanonicalImplementationsOutsideThemselves() {
    ArchRule rule = SsotRules.noUseOfNonCanonical(
        WebSocketManager.class, UnifiedWebSocketManager.class, FakeWebSocketManager.class);
    String useLegacy = "; use the canonical " + CANONICAL + " instead of " + WS + "LegacyWebSocketManager";
    String useSimple = "; use the canonical " + CANONICAL + " instead of " + WS + "SimpleWebSocketManager";

    // not reported: NotificationService (canonical and allowed only); SimpleWebSocketManager's use
    // of LegacyWebSocketManager and LegacyWebSocketManager's lambda (both non-canonical themselves)
    assertThat(details(rule)).containsExactlyInAnyOrder(
        "Constructor <" + USERS + "ChatService.<init>()> calls constructor <" + WS
            + "LegacyWebSocketManager.<init>()> in (ChatService.java:8)" + useLegacy,
        "Field <" + USERS + "ChatService.manager> has type <" + WS + "LegacyWebSocketManager> in (ChatService.java:0)"
            + useLegacy,
        "Method <" + USERS + "ChatService.post(java.lang.String)> calls method <" + WS
            + "LegacyWebSocketManager.send(java.lang.String)> in (ChatService.java:12)" + useLegacy,
        "Method <" + USERS + "PushService.push(java.lang.String)> calls constructor <" + WS
            + "SimpleWebSocketManager.<init>()> in (PushService.java:8)" + useSimple,
        "Method <" + USERS + "PushService.push(java.lang.String)> calls method <" + WS
            + "SimpleWebSocketManager.send(java.lang.String)> in (PushService.java:8)" + useSimple);
  }

  @Test
  void flagsClassesNamedLikeTheConceptButNeverImplementingIt() {
    ArchRule rule = SsotRules.namedLike(".*WebSocketManager.*", CANONICAL, ROLE, WS + "FakeWebSocketManager",
        WS + "AbstractWebSocketManager", WS + "LegacyWebSocketManager", WS + "SimpleWebSocketManager");

    assertThat(rule.getDescription()).startsWith("only " + CANONICAL + " and the allowed " + ROLE + ", ")
        .contains(" should have a simple name matching '.*WebSocketManager.*'");
    assertThat(details(rule)).containsExactly(
        "Class <" + WS + "ChatWebSocketManagerImpl> has a simple name matching '.*WebSocketManager.*' but is not "
            + "the canonical " + CANONICAL + " in (ChatWebSocketManagerImpl.java:0)");
  }

  @Test
  void namedLikeMatchesTheWholeSimpleName() {
    assertThat(details(SsotRules.namedLike("WebSocketManager", CANONICAL))).hasSize(1)
        .allSatisfy(d -> assertThat(d).startsWith("Class <" + ROLE + ">"));
  }

  @Test
  void flagsUsesOfNamedLikeClasses() {
    assertThat(details(SsotRules.noUseOfNamedLike("ChatWebSocketManagerImpl", CANONICAL)))
        .hasSize(3)
        .allSatisfy(d -> assertThat(d).contains("<" + USERS + "ChatService")
            .endsWith("; use the canonical " + CANONICAL + " instead of " + WS + "ChatWebSocketManagerImpl"));
  }

  @Test
  void noUseOfListsEveryUseOutsideTheClassAndItsNestedClasses() {
    ArchRule rule = SsotRules.noUseOf(LegacyWebSocketManager.class);

    assertThat(rule.getDescription()).isEqualTo("no class should depend on " + WS + "LegacyWebSocketManager");
    assertThat(details(rule))
        .hasSize(6)
        .allSatisfy(d -> assertThat(d).endsWith("; " + WS + "LegacyWebSocketManager is not to be used"))
        .anySatisfy(d -> assertThat(d).startsWith("Method <" + WS + "SimpleWebSocketManager.send(java.lang.String)>"))
        .noneSatisfy(d -> assertThat(d).contains("LegacyWebSocketManager$"));
  }

  @Test
  void violationsCarryClassTargetCanonicalAndLocation() {
    ArchRule rule = SsotRules.noUseOfNonCanonical(ROLE, CANONICAL, WS + "FakeWebSocketManager");

    List<SsotViolation> violations = SsotRules.violations(rule.evaluate(CLASSES));

    assertThat(violations).extracting(SsotViolation::className, SsotViolation::line)
        .containsExactly(
            tuple(USERS + "ChatService", 0),
            tuple(USERS + "ChatService", 8),
            tuple(USERS + "ChatService", 12),
            tuple(USERS + "PushService", 8),
            tuple(USERS + "PushService", 8));
    SsotViolation first = violations.get(1);
    assertThat(first.kind()).isEqualTo(SsotViolation.Kind.USE);
    assertThat(first.target()).isEqualTo(WS + "LegacyWebSocketManager");
    assertThat(first.canonical()).isEqualTo(CANONICAL);
    assertThat(first.sourceFileName()).isEqualTo(Optional.of("ChatService.java"));
    assertThat(first.classFile()).hasValueSatisfying(u -> assertThat(u.toString()).endsWith("users/ChatService.class"));
    assertThat(violations).extracting(SsotViolation::message)
        .containsExactlyInAnyOrderElementsOf(rule.evaluate(CLASSES).getFailureReport().getDetails());
  }

  @Test
  void failsRatherThanPassesWhenNoClassImplementsTheRole() {
    ArchRule typo = SsotRules.onlyCanonicalImplementation(WS + "WebSocketManagr", CANONICAL);

    assertThatThrownBy(() -> typo.evaluate(CLASSES))
        .isInstanceOf(AssertionError.class).hasMessageContaining("failed to check any classes");
  }

  @Test
  void rejectsCanonicalEqualToRoleAndBlankNames() {
    assertThatThrownBy(() -> SsotRules.onlyCanonicalImplementation(ROLE, ROLE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is the role itself");
    assertThatThrownBy(() -> SsotRules.namedLike(".*", " "))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("blank");
    assertThatThrownBy(() -> SsotRules.noUseOf(new String[0]))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one");
  }
}
