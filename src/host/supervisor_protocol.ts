// What the thread that runs Python asks of the `swallow` command's main thread (the
// supervisor, src/cli/supervisor.ts), which owns what Node keeps to the main thread: signal
// listeners, the working directory, the umask, the terminal. Requests go as messages to the
// main thread; each reply comes back on a port of its own with the request's id, and the
// bell of the shared signal words is rung so that the asking thread, which blocks, wakes.

import type { MessagePort } from "node:worker_threads";
import type { Disposition } from "./signal_words.js";

export type SupervisorRequest =
  | { op: "signal"; signum: number; disposition: Disposition }
  | { op: "chdir"; path: string }
  | { op: "umask"; mask: number }
  | { op: "die"; signum: number }
  | { op: "read"; max: number }
  | { op: "readline"; prompt: string }
  | { op: "terminal-size"; fd: number }
  | { op: "real-timer"; seconds: number; interval: number };

export interface SupervisorReply {
  id: number;
  /** A Node error's code and message (chdir, read). */
  error?: { code: string; errno: number; message: string };
  /** umask: the old mask; signal: whether Node could set it. */
  value?: number | boolean;
  /** read: the bytes (empty at end of input). */
  data?: Uint8Array;
  /** readline: the line without its newline; null at end of input. */
  line?: string | null;
  /** readline: Ctrl-C was pressed at the prompt. */
  interrupted?: boolean;
  /** terminal-size: columns and rows. */
  size?: [number, number];
  /** real-timer: the old timer's seconds left and interval. */
  timer?: [number, number];
}

/** workerData of the thread that runs Python. */
export interface SupervisedData {
  swallowSupervisor: { words: SharedArrayBuffer; replies: MessagePort };
}
