package com.imagegallery.client;

import java.time.Duration;

/**
 * How often and how patiently a safe call is retried on UNAVAILABLE: the wait starts at
 * {@code initial}, is multiplied by {@code multiplier} up to {@code maximum}, and is
 * jittered. {@code maxAttempts} counts the first (gRPC allows at most 5); 1 disables retries.
 */
public record RetryPolicy(int maxAttempts, Duration initial, Duration maximum, double multiplier) {
  /** 5 attempts, 100 ms doubling up to 5 s. */
  public static final RetryPolicy DEFAULT =
      new RetryPolicy(5, Duration.ofMillis(100), Duration.ofSeconds(5), 2);
}
