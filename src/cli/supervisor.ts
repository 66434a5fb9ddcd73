// The `swallow` command's main thread. Python runs in a worker thread; this thread stays
// in Node's event loop, which is where signals are delivered, so Ctrl-C reaches a program
// busy in a loop as KeyboardInterrupt (CPython's handler only sets a flag too). The worker
// is the whole command line (main.ts); this thread serves what Node keeps to the main
// thread (supervisor_protocol.ts): signal listeners, chdir, umask, the terminal, timers,
// and reads of stdin, which run here so that the worker can wait for a signal meanwhile.
//
// SWALLOW_WORKER=0 runs everything on the main thread instead (for profiling, say); then
// Ctrl-C ends a busy program by Node's default action, without running `finally` blocks.

import { writeSync } from "node:fs";
import { createRequire } from "node:module";
import type * as Readline from "node:readline";
import { MessageChannel, SHARE_ENV, Worker } from "node:worker_threads";
import { newSignalWords, ringBell } from "../host/signal_words.js";
import { RealTimer, SignalListeners, signalName } from "../host/signals_node.js";
import type { SupervisedData, SupervisorReply, SupervisorRequest } from "../host/supervisor_protocol.js";

type Request = SupervisorRequest & { id: number };

/** An answer still owed: the worker may give up waiting (a signal handler raised) and ask
 * again, and the answer then goes to the newer request. */
interface Owed {
  id: number;
}

class Supervisor {
  private readonly words = newSignalWords();
  private readonly listeners = new SignalListeners(this.words);
  private readonly replies = new MessageChannel();
  private readonly timer = new RealTimer();
  private terminal: Readline.Interface | null = null;
  private terminalClosed = false;
  /** Lines typed and not yet asked for. */
  private readonly lines: string[] = [];
  /** The prompt waiting for a line, and whether its line answers a read. */
  private waiting: (Owed & { asRead: boolean }) | null = null;
  private stdinRead: (Owed & { max: number }) | null = null;
  private stdinOpen = false;
  private readonly stdinChunks: Buffer[] = [];
  private stdinEnded = false;
  private stdinError: Error | null = null;

  constructor(entry: URL, argv: string[]) {
    this.listeners.set(2, "handle");
    const workerData: SupervisedData = {
      swallowSupervisor: { words: this.words.buffer as SharedArrayBuffer, replies: this.replies.port2 },
    };
    const worker = new Worker(entry, {
      argv,
      env: SHARE_ENV,
      workerData,
      transferList: [this.replies.port2],
      // Python's descriptors are the process's, as in CPython: os.close() of one this thread
      // did not open (a pipe's end from a child, 0-2, a bad number) is no cause for Node's
      // "closed but not opened in unmanaged mode" warning, and the process ends with the
      // worker, so nothing is left to close on its behalf.
      trackUnmanagedFds: false,
    });
    worker.on("message", (m: Request) => this.serve(m));
    worker.on("exit", (code) => process.exit(code));
    worker.on("error", (e) => {
      writeSync(2, `swallow: internal error: ${e?.stack ?? String(e)}\n`);
      process.exit(70);
    });
    // The port would keep the loop alive after the worker ends.
    this.replies.port1.unref();
  }

  private reply(reply: SupervisorReply): void {
    this.replies.port1.postMessage(reply);
    ringBell(this.words);
  }

  private serve(m: Request): void {
    switch (m.op) {
      case "signal":
        return this.reply({ id: m.id, value: this.listeners.set(m.signum, m.disposition) });
      case "chdir":
        try {
          process.chdir(m.path);
          return this.reply({ id: m.id });
        } catch (e) {
          return this.reply({ id: m.id, error: errorOf(e) });
        }
      case "umask":
        return this.reply({ id: m.id, value: process.umask(m.mask) });
      case "die":
        this.listeners.clear();
        process.kill(process.pid, signalName(m.signum));
        return this.reply({ id: m.id });
      case "terminal-size": {
        const stream = m.fd === 1 ? process.stdout : m.fd === 2 ? process.stderr : null;
        const size = stream?.isTTY ? stream.getWindowSize() : undefined;
        return this.reply({ id: m.id, ...(size ? { size } : {}) });
      }
      case "real-timer":
        return this.reply({ id: m.id, timer: this.timer.set(m.seconds, m.interval) });
      case "readline":
        return this.ask(m.id, m.prompt, false);
      case "read":
        if (this.terminal !== null) return this.ask(m.id, "", true);
        return this.readStdin(m.id, m.max);
    }
  }

  /** A line from the terminal; once the prompt is in use, reads of stdin go through it
   * too, since its stream reads ahead. Lines typed (or piped) ahead wait their turn. */
  private ask(id: number, prompt: string, asRead: boolean): void {
    if (this.waiting !== null) {
      this.waiting.id = id;
      return;
    }
    const terminal = this.openTerminal();
    if (this.terminalClosed) process.stdout.write(prompt);
    else {
      terminal.setPrompt(prompt);
      terminal.prompt();
    }
    this.waiting = { id, asRead };
    this.answer();
  }

  private answer(): void {
    const w = this.waiting;
    if (w === null || (this.lines.length === 0 && !this.terminalClosed)) return;
    this.waiting = null;
    const line = this.lines.shift() ?? null;
    if (!w.asRead) this.reply({ id: w.id, line });
    else this.reply({ id: w.id, data: line === null ? new Uint8Array(0) : Buffer.from(line + "\n") });
  }

  private openTerminal(): Readline.Interface {
    if (this.terminal !== null) return this.terminal;
    // From now on the terminal reads stdin, by lines.
    process.stdin.removeAllListeners("data");
    // node:readline is loaded here, by the first prompt: most runs never read a line.
    const { createInterface } = createRequire(import.meta.url)("node:readline") as typeof Readline;
    const terminal = createInterface({
      input: process.stdin,
      output: process.stdout,
      terminal: process.stdin.isTTY,
    });
    terminal.on("line", (line) => {
      this.lines.push(line);
      this.answer();
    });
    terminal.on("close", () => {
      this.terminalClosed = true;
      this.answer();
    });
    // Ctrl-C typed at the prompt (the terminal is in raw mode, so it is no signal) drops the
    // line and makes the worker raise KeyboardInterrupt there; typed anywhere else, it is
    // SIGINT.
    terminal.on("SIGINT", () => {
      const w = this.waiting;
      if (w === null || w.asRead) {
        process.kill(process.pid, "SIGINT");
        return;
      }
      terminal.write(null, { ctrl: true, name: "u" });
      this.waiting = null;
      this.reply({ id: w.id, interrupted: true });
    });
    this.terminal = terminal;
    // A stream that has ended says so no more.
    if (this.stdinEnded) this.terminalClosed = true;
    return terminal;
  }

  /** Reads go through process.stdin, a libuv handle polled by the event loop: a read
   * blocked in the thread pool (fs.read) would keep the process from exiting while stdin
   * stays open. */
  private readStdin(id: number, max: number): void {
    if (this.stdinRead !== null) {
      this.stdinRead.id = id;
      this.stdinRead.max = max;
      return;
    }
    this.stdinRead = { id, max };
    if (!this.stdinOpen) {
      this.stdinOpen = true;
      process.stdin.on("data", (chunk: Buffer) => {
        this.stdinChunks.push(chunk);
        process.stdin.pause();
        this.answerRead();
      });
      process.stdin.on("end", () => {
        this.stdinEnded = true;
        this.answerRead();
      });
      process.stdin.on("error", (e) => {
        this.stdinError = e;
        this.answerRead();
      });
    }
    this.answerRead();
  }

  private answerRead(): void {
    const owed = this.stdinRead;
    if (owed === null) return;
    const chunk = this.stdinChunks[0];
    if (chunk === undefined && !this.stdinEnded && this.stdinError === null) {
      process.stdin.resume();
      return;
    }
    this.stdinRead = null;
    if (chunk === undefined) {
      const e = this.stdinError;
      return this.reply(
        e === null ? { id: owed.id, data: new Uint8Array(0) } : { id: owed.id, error: errorOf(e) },
      );
    }
    if (chunk.length <= owed.max) this.stdinChunks.shift();
    else this.stdinChunks[0] = chunk.subarray(owed.max);
    this.reply({ id: owed.id, data: chunk.subarray(0, owed.max) });
  }
}

function errorOf(e: unknown): SupervisorReply["error"] {
  const error = e as NodeJS.ErrnoException;
  return { code: error.code ?? "EIO", errno: Math.abs(error.errno ?? 5), message: error.message };
}

/** Runs the command line (`entry`, this module's launcher) in a worker thread. */
export function supervise(entry: URL, argv: string[]): void {
  new Supervisor(entry, argv);
}
