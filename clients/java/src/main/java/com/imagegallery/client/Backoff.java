package com.imagegallery.client;

import io.grpc.Status;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** Exponential backoff with ±20% jitter. */
final class Backoff {
  private final Duration initial;
  private final Duration maximum;
  private final double multiplier;
  private Duration next;

  Backoff(Duration initial, Duration maximum, double multiplier) {
    this.initial = initial;
    this.maximum = maximum.compareTo(initial) < 0 ? initial : maximum;
    this.multiplier = Math.max(1, multiplier);
    this.next = initial;
  }

  /** The next delay, at most {@code bound}. */
  Duration delay(Duration bound) {
    long nanos = (long) (next.toNanos() * ThreadLocalRandom.current().nextDouble(0.8, 1.2));
    next = Duration.ofNanos(Math.min(maximum.toNanos(), (long) (next.toNanos() * multiplier)));
    return Duration.ofNanos(Math.min(nanos, bound.toNanos()));
  }

  /** Sleeps the next delay; an interrupt ends it with CANCELLED (the flag kept). */
  void sleep() {
    sleep(delay(maximum));
  }

  static void sleep(Duration pause) {
    try {
      Thread.sleep(pause.toMillis(), pause.toNanosPart() % 1_000_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw ImageGalleryException.of(Status.Code.CANCELLED, "interrupted");
    }
  }

  void reset() {
    next = initial;
  }
}
