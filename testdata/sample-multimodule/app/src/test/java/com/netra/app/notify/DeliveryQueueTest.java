package com.netra.app.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.netra.shared.config.RetryConfig;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DeliveryQueueTest {

  private DeliveryQueue queue;

  @BeforeEach
  void setUp(TestInfo info) {
    queue = new DeliveryQueue(RetryConfig.DEFAULT);
  }

  // The factory was renamed when the fixtures were consolidated; the name here was not.
  @ParameterizedTest
  // FINDING: at run time JUnit fails with "Could not find factory method [realServices] in class [com.netra.app.notify.DeliveryQueueTest]"
  @MethodSource("realServices")
  void retriesEveryService(String service) {
    queue.fail(service);
    assertEquals(1, queue.size() + 1);
  }

  static Stream<String> realServicesForTest() {
    return Stream.of("email", "sms");
  }

  // Nothing registers a resolver for a RetryConfig parameter: the test errors before it starts.
  @Test
  // FINDING: "No ParameterResolver registered for parameter [com.netra.shared.config.RetryConfig config] in method [void com.netra.app.notify.DeliveryQueueTest.givesUpAfterTheLastAttempt(com.netra.shared.config.RetryConfig)]."
  void givesUpAfterTheLastAttempt(RetryConfig config) {
    for (int i = 0; i < config.maxAttempts; i++) {
      queue.fail("email");
    }
    assertTrue(queue.giveUp());
  }
}
