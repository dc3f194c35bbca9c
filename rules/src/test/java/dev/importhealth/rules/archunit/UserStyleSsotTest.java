package dev.importhealth.rules.archunit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/** Runs {@link ExampleArchRules} on ArchUnit's JUnit 5 engine, twice, as CI would. */
class UserStyleSsotTest {
  @RegisterExtension
  final TemporaryFreezeStore store = new TemporaryFreezeStore();

  static TestExecutionSummary run() {
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    LauncherFactory.create().execute(
        LauncherDiscoveryRequestBuilder.request()
            .selectors(selectClass(ExampleArchRules.class))
            .filters(org.junit.platform.launcher.EngineFilter.includeEngines("archunit"))
            .build(),
        listener);
    return listener.getSummary();
  }

  @Test
  void firstRunFreezesSecondRunPassesAndAForgottenViolationFails() throws IOException {
    TestExecutionSummary first = run();
    assertThat(first.getTestsFoundCount()).isEqualTo(2);
    assertThat(first.getFailures()).isEmpty();
    assertThat(first.getTestsSucceededCount()).isEqualTo(2);

    assertThat(run().getTestsSucceededCount()).isEqualTo(2);

    // drop ChatService's stored violations, as if they were new: the registry test now fails on them
    for (Path f : store.violationFiles()) {
      List<String> kept = Files.readAllLines(f).stream().filter(l -> !l.contains("fixture.users.ChatService")).toList();
      Files.write(f, kept);
    }
    TestExecutionSummary third = run();
    assertThat(third.getTestsFailedCount()).isEqualTo(1);
    assertThat(third.getFailures().get(0).getException())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("SSOT 'websocket-manager'")
        .hasMessageContaining("ChatService");
  }
}
