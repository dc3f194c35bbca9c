package com.netra.app.notify;

import java.util.List;

/** Classifies events of the delivery pipeline; two event types were deleted. */
final class DeliveryEvents {

  private DeliveryEvents() {}

  static String kind(Object event) {
    // FINDING: type 'DeliveryFailedEvent' cannot be found
    if (event instanceof DeliveryFailedEvent) {
      return "failed";
    }
    return event instanceof Runnable ? "task" : "other";
  }

  static Class<?> timeoutType() {
    // FINDING: type 'DeliveryTimeoutException' cannot be found
    return DeliveryTimeoutException.class;
  }

  static int pending(Object queue) {
    return ((DeliveryQueue) queue).size() + List.of(queue).size();
  }
}
