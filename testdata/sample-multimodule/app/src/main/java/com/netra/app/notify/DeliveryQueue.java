package com.netra.app.notify;

import com.netra.shared.config.RetryConfig;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** Retries deliveries that failed. */
public class DeliveryQueue {

  // FINDING: PendingDelivery
  private final List<PendingDelivery> pending = new ArrayList<>();
  private final Deque<String> failed = new ArrayDeque<>();
  private final RetryConfig retry;

  public DeliveryQueue(RetryConfig retry) {
    this.retry = Optional.ofNullable(retry).orElse(RetryConfig.DEFAULT);
  }

  public Object registry() {
    // FINDING: SessionRegistry
    return new SessionRegistry();
  }

  public Duration nextDelay() {
    return retry.delayBefore(failed.size());
  }

  public boolean giveUp() {
    return failed.size() >= retry.maxAttempts;
  }

  public void fail(String deliveryId) {
    failed.push(deliveryId);
  }

  public int size() {
    return pending.size();
  }
}
