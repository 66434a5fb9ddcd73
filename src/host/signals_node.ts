// Node's side of signal dispositions: a signal Python handles gets a listener that marks
// it pending in the shared words; an ignored one gets a listener that does nothing (a
// signal with any listener loses its default action); a default one gets none. Node runs
// the listeners only when its event loop turns, so in the thread that runs Python they act
// only while it waits; the `swallow` command's main thread, which always waits, holds them.

import { constants } from "node:os";
import { ANY_PENDING, BELL, markPending, newSignalWords, type Disposition } from "./signal_words.js";
import { supervisor } from "./supervised_node.js";

const SIGINT = 2;

const NAMES = new Map<number, NodeJS.Signals>(
  Object.entries(constants.signals).map(([name, n]) => [n, name as NodeJS.Signals]),
);

export class SignalListeners {
  private readonly installed = new Map<number, () => void>();

  constructor(private readonly words: Int32Array) {}

  /** Sets what `signum` does; false where Node cannot listen for it (SIGKILL, SIGSTOP). */
  set(signum: number, disposition: Disposition): boolean {
    const name = NAMES.get(signum);
    if (name === undefined) return false;
    const old = this.installed.get(signum);
    if (old !== undefined) {
      process.off(name, old);
      this.installed.delete(signum);
    }
    if (disposition === "default") return true;
    const listener = disposition === "handle" ? () => markPending(this.words, signum) : () => {};
    try {
      process.on(name, listener);
    } catch {
      return false;
    }
    this.installed.set(signum, listener);
    return true;
  }

  /** Drops every listener, so that a signal sent now takes its default action. */
  clear(): void {
    for (const signum of [...this.installed.keys()]) this.set(signum, "default");
  }
}

export function signalName(signum: number): NodeJS.Signals | undefined {
  return NAMES.get(signum);
}

/** The signals of one NodeHost: the words the interpreter looks at, and what each signal
 * does. Under the supervisor its listeners live on the main thread; on the main thread
 * itself SIGINT keeps Node's default (death) until Python sets a handler, since a listener
 * here would only run once the Python code stops running. */
export class NodeSignals {
  readonly words: Int32Array = supervisor?.words ?? newSignalWords();
  private readonly listeners = supervisor === null ? new SignalListeners(this.words) : null;
  private readonly dispositions = new Map<number, Disposition>(
    supervisor === null ? [] : [[SIGINT, "handle"]],
  );
  private readonly timer = new RealTimer();

  set(signum: number, disposition: Disposition): boolean {
    const done =
      supervisor === null
        ? this.listeners!.set(signum, disposition)
        : supervisor.request({ op: "signal", signum, disposition }).value === true;
    if (done) this.dispositions.set(signum, disposition);
    return done;
  }

  /** kill() of this process with a signal Python handles marks it pending at once, as the
   * kernel delivers a signal to the thread that sends it to itself before kill() returns. */
  sendToSelf(signum: number): boolean {
    if (this.dispositions.get(signum) !== "handle") return false;
    markPending(this.words, signum);
    return true;
  }

  die(signum: number): never {
    if (supervisor !== null) supervisor.request({ op: "die", signum });
    else {
      this.listeners!.clear();
      process.kill(process.pid, signalName(signum));
    }
    // Not reached unless the signal's default action is not death.
    process.exit(128 + signum);
  }

  /** Waits for a signal, then runs the Python handlers. */
  pause(onSignal: () => void): void {
    for (;;) {
      const rung = Atomics.load(this.words, BELL);
      if (Atomics.load(this.words, ANY_PENDING) !== 0) return onSignal();
      Atomics.wait(this.words, BELL, rung);
    }
  }

  /** The process's real-time interval timer. Under the supervisor the main thread keeps
   * it; on the main thread its SIGALRM could only come once Python stops running. */
  realTimer(seconds: number, interval: number): [number, number] {
    if (supervisor !== null) return supervisor.request({ op: "real-timer", seconds, interval }).timer!;
    return this.timer.set(seconds, interval);
  }

  /** Waits `seconds`, running the Python handlers of signals that arrive meanwhile. */
  sleep(seconds: number, onSignal?: () => void): void {
    const deadline = performance.now() + seconds * 1000;
    for (;;) {
      const rung = Atomics.load(this.words, BELL);
      if (onSignal !== undefined && Atomics.load(this.words, ANY_PENDING) !== 0) onSignal();
      const left = deadline - performance.now();
      if (left <= 0) return;
      Atomics.wait(this.words, BELL, rung, left);
    }
  }
}

/** setitimer(ITIMER_REAL): the process's one real-time timer, which sends it SIGALRM. */
export class RealTimer {
  private handle: ReturnType<typeof setTimeout> | null = null;
  private start = 0;
  private seconds = 0;
  private interval = 0;

  /** Sets it (seconds 0 disarms it; below 0 leaves it) and gives what it had: [seconds
   * left, interval]. */
  set(seconds: number, interval: number): [number, number] {
    const old = this.read();
    if (seconds < 0) return old;
    if (this.handle !== null) clearTimeout(this.handle);
    this.handle = null;
    this.start = performance.now();
    this.seconds = seconds;
    this.interval = interval;
    if (seconds > 0) this.handle = setTimeout(() => this.fire(), seconds * 1000);
    return old;
  }

  private fire(): void {
    this.handle = this.interval > 0 ? setInterval(alarm, this.interval * 1000) : null;
    alarm();
  }

  private read(): [number, number] {
    if (this.handle === null) return [0, 0];
    let left = this.seconds - (performance.now() - this.start) / 1000;
    if (left <= 0) left = this.interval - (-left % this.interval);
    return [Math.max(left, 1e-6), this.interval];
  }
}

function alarm(): void {
  process.kill(process.pid, "SIGALRM");
}
