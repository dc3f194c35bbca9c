package dev.importhealth.rules.archunit;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.library.freeze.FreezingArchRule;
import dev.importhealth.rules.archunit.fixture.users.ChatService;
import dev.importhealth.rules.archunit.fixture.users.NotificationService;
import dev.importhealth.rules.archunit.fixture.users.PushService;
import dev.importhealth.rules.archunit.fixture.websocket.FakeWebSocketManager;
import dev.importhealth.rules.archunit.fixture.websocket.LegacyWebSocketManager;
import dev.importhealth.rules.archunit.fixture.websocket.SimpleWebSocketManager;
import dev.importhealth.rules.archunit.fixture.websocket.UnifiedWebSocketManager;
import dev.importhealth.rules.archunit.fixture.websocket.WebSocketManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The rules under FreezingArchRule with ArchUnit's own text file store, as a user runs them. */
class FreezingSsotRulesTest {
  @RegisterExtension
  final TemporaryFreezeStore store = new TemporaryFreezeStore();

  static JavaClasses classes(Class<?>... users) {
    List<Class<?>> all = new java.util.ArrayList<>(List.of(WebSocketManager.class, UnifiedWebSocketManager.class,
        LegacyWebSocketManager.class, SimpleWebSocketManager.class, FakeWebSocketManager.class));
    all.addAll(List.of(users));
    return new ClassFileImporter().importClasses(all);
  }

  static ArchRule rule() {
    // a new rule object per run, as in a new test JVM: the store finds it by its text
    return FreezingArchRule.freeze(SsotRules.noUseOfNonCanonical(
        WebSocketManager.class, UnifiedWebSocketManager.class, FakeWebSocketManager.class));
  }

  List<String> storedViolations() throws IOException {
    List<String> lines = new java.util.ArrayList<>();
    for (Path file : store.violationFiles()) {
      Files.readAllLines(file).stream().filter(l -> !l.isBlank()).forEach(lines::add);
    }
    return lines;
  }


  @Test
  void recordsThenAcceptsKnownFailsOnNewAndForgetsFixedViolations() throws IOException {
    // first run: records the three uses in ChatService and passes
    assertThat(rule().evaluate(classes(ChatService.class, NotificationService.class)).hasViolation()).isFalse();
    assertThat(storedViolations()).hasSize(3).allSatisfy(l -> assertThat(l).contains("ChatService"));

    // second run, same code: passes, the store is unchanged
    assertThat(rule().evaluate(classes(ChatService.class, NotificationService.class)).hasViolation()).isFalse();
    assertThat(storedViolations()).hasSize(3);

    // a new use (PushService) fails, and only the new violations are reported
    EvaluationResult withNewUse = rule().evaluate(classes(ChatService.class, NotificationService.class, PushService.class));
    assertThat(withNewUse.hasViolation()).isTrue();
    assertThat(withNewUse.getFailureReport().getDetails()).hasSize(2)
        .allSatisfy(d -> assertThat(d).startsWith("Method <" + SsotRulesTest.USERS + "PushService.push"));
    assertThat(SsotRules.violations(withNewUse)).extracting(SsotViolation::className)
        .containsOnly(PushService.class.getName());
    assertThat(storedViolations()).hasSize(3);

    // ChatService migrated (gone from the import): passes, and the store shrinks to nothing
    assertThat(rule().evaluate(classes(NotificationService.class)).hasViolation()).isFalse();
    assertThat(storedViolations()).isEmpty();
  }

  @Test
  void knownViolationsStillMatchWhenTheirLineNumbersChange() throws IOException {
    assertThat(rule().evaluate(classes(ChatService.class)).hasViolation()).isFalse();
    List<String> stored = storedViolations();
    // simulate an edit above the uses: every stored line number moves by 40
    for (Path f : store.violationFiles()) {
      Files.writeString(f, Files.readString(f).replaceAll("\\.java:(\\d+)\\)", ".java:4$1)"));
    }
    assertThat(storedViolations()).isNotEqualTo(stored);

    assertThat(rule().evaluate(classes(ChatService.class)).hasViolation()).isFalse();
  }
}
