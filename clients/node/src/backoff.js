// Pauses between attempts: full-jitter exponential backoff, and a sleep that an
// AbortSignal ends.

/** Resolves after `ms`, or rejects with the signal's reason once it aborts. */
export function sleep(ms, signal) {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

/** Full-jitter exponential backoff: attempt 0, 1, 2… waits up to 100 ms, 200 ms, … 5 s. */
export function backoffMs(attempt, baseMs = 100, maxMs = 5_000) {
  return Math.random() * Math.min(maxMs, baseMs * 2 ** attempt);
}
