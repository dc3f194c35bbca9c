package dev.importhealth.rules.archunit;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.freeze.FreezingArchRule;
import dev.importhealth.rules.archunit.fixture.websocket.FakeWebSocketManager;
import dev.importhealth.rules.archunit.fixture.websocket.UnifiedWebSocketManager;
import dev.importhealth.rules.archunit.fixture.websocket.WebSocketManager;
import java.nio.file.Path;

/**
 * The docs/archunit.md example, run by ArchUnit's JUnit 5 engine through {@link
 * UserStyleSsotTest} (its name keeps Surefire from running it on its own: it needs a temporary store).
 */
@AnalyzeClasses(packages = "dev.importhealth.rules.archunit.fixture", importOptions = ImportOption.DoNotIncludeJars.class)
class ExampleArchRules {

  @ArchTest
  static final ArchRule oneWebSocketManager = FreezingArchRule.freeze(SsotRules.onlyCanonicalImplementation(
      WebSocketManager.class, UnifiedWebSocketManager.class, FakeWebSocketManager.class));

  @ArchTest
  static void ssotRegistry(JavaClasses classes) {
    for (ArchRule rule : SsotRules.fromConfig(Path.of("src/test/resources/archunit/import-health.yaml"))) {
      FreezingArchRule.freeze(rule).check(classes);
    }
  }
}
