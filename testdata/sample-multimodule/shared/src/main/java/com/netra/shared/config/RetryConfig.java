package com.netra.shared.config;

import java.time.Duration;

/** How often and how patiently to retry a delivery. */
public final class RetryConfig {

  public static final RetryConfig DEFAULT = builder().build();

  public final int maxAttempts;
  public final Duration backoff;

  private RetryConfig(Builder builder) {
    this.maxAttempts = builder.maxAttempts;
    this.backoff = builder.backoff;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Duration delayBefore(int attempt) {
    return backoff.multipliedBy(1L << Math.min(attempt, 10));
  }

  /** Builds a RetryConfig. */
  public static final class Builder {
    private int maxAttempts = 3;
    private Duration backoff = Duration.ofMillis(200);

    public Builder maxAttempts(int attempts) {
      this.maxAttempts = attempts;
      return this;
    }

    public Builder backoff(Duration delay) {
      this.backoff = delay;
      return this;
    }

    public RetryConfig build() {
      return new RetryConfig(this);
    }
  }
}
