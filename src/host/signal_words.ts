// Signals reach Python through a few words of memory, CPython's "is_tripped" flags: whoever
// receives a signal marks it pending here, and the interpreter and compiled code look at
// the first word at back-edges and calls (CPython's eval breaker) and run the Python
// handlers there. The `swallow` command runs Python in a worker thread and receives signals
// in the main thread (src/cli/supervisor.ts), because a thread busy in a Python loop never
// returns to Node's event loop, where signals are delivered; so the words live in a
// SharedArrayBuffer that both threads see, and the bell word lets a waiting thread
// (time.sleep, a read of stdin) wake when one arrives.

/** Nonzero while some signal is pending. The interpreter and compiled code read it as a
 * plain element (`words[0]`), not with Atomics.load, which TurboFan treats as a barrier:
 * it kept V8 from reusing loaded fields across the check and made compiled loops up to a
 * third slower (spectral_norm, pystone, richards). V8 does not hoist the plain read out
 * of a loop (tests/signals interrupts compiled infinite loops in every JIT mode). */
export const ANY_PENDING = 0;
/** Words 1 to 64: nonzero while that signal is pending. */
export const SIGNAL_COUNT = 65;
/** Bumped (and notified) whenever a signal or a reply arrives. */
export const BELL = 65;
export const SIGNAL_WORDS = 66;

/** What the process does when a signal arrives: its default action (often death), nothing,
 * or marking it pending for the Python handler. */
export type Disposition = "default" | "ignore" | "handle";

/** Shared words where the host can share them (SharedArrayBuffer needs cross-origin
 * isolation in browsers), else private ones. */
export function newSignalWords(): Int32Array {
  return typeof SharedArrayBuffer === "function"
    ? new Int32Array(new SharedArrayBuffer(SIGNAL_WORDS * 4))
    : new Int32Array(SIGNAL_WORDS);
}

/** Marks `signum` pending and wakes a thread waiting on the bell. */
export function markPending(words: Int32Array, signum: number): void {
  Atomics.store(words, signum, 1);
  Atomics.store(words, ANY_PENDING, 1);
  ringBell(words);
}

export function ringBell(words: Int32Array): void {
  Atomics.add(words, BELL, 1);
  // On private words (no SharedArrayBuffer) nobody can be waiting, and notify returns 0.
  Atomics.notify(words, BELL);
}

/** The pending signals, in number order, cleared; empty when none. */
export function takePending(words: Int32Array): number[] {
  if (Atomics.exchange(words, ANY_PENDING, 0) === 0) return [];
  const taken: number[] = [];
  for (let n = 1; n < SIGNAL_COUNT; n++) if (Atomics.exchange(words, n, 0) !== 0) taken.push(n);
  return taken;
}
