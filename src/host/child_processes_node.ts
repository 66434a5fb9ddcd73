// Child processes for subprocess, over Node's child_process. Node reports a child's output
// and its exit only through its event loop, which never turns while Python code runs, so
// the children live in a worker thread with a loop of its own. The worker forwards every
// event as a message and rings a shared bell; this thread takes the messages synchronously
// (receiveMessageOnPort) whenever it looks, and sleeps on the bell (Atomics.wait) when it
// must wait for a child: in read(), waitpid() and select().
//
// A child's standard stream that is one of our pipes (pipes.ts) becomes a stream of the
// worker's ChildProcess, joined to the pipe here; any other descriptor is handed to the
// child as it is.

import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from "node:worker_threads";
import { constants } from "node:os";
import type { HostPipe, PipeSink, PipeSource } from "./pipes.js";
import { hostError } from "./node.js";
import { ANY_PENDING, BELL } from "./signal_words.js";

/** How a child's descriptor is set up: a pipe joined here, or a descriptor of ours. */
export type ChildStdio = { pipe: HostPipe; childReads: boolean } | number | "inherit" | "ignore";

export interface ChildSpawn {
  file: string;
  args: string[];
  argv0: string;
  cwd: string;
  env: Record<string, string>;
  /** Entry i is the child's descriptor i. */
  stdio: ChildStdio[];
  newSession: boolean;
  uid: number | undefined;
  gid: number | undefined;
}

type ToWorker =
  | {
      op: "spawn";
      id: number;
      file: string;
      args: string[];
      argv0: string;
      cwd: string;
      env: Record<string, string>;
      stdio: (string | number)[];
      links: [number, "in" | "out"][];
      detached: boolean;
      uid: number | undefined;
      gid: number | undefined;
    }
  | { op: "write"; pid: number; slot: number; data: Uint8Array }
  | { op: "end" | "stop"; pid: number; slot: number };

type FromWorker =
  | { op: "spawned"; id: number; pid: number }
  | { op: "spawnFailed"; id: number; errno: number }
  | { op: "data"; pid: number; slot: number; data: Uint8Array }
  | { op: "closed"; pid: number; slot: number }
  | { op: "exit"; pid: number; code: number | null; signal: string | null };

// The worker's code, kept as source text (a classic script, as Node evaluates it) so that
// neither the TypeScript build nor the bundler can rewrite it into something that needs
// this module's scope.
const WORKER_SOURCE = `
const { workerData } = require("node:worker_threads");
const { spawn } = require("node:child_process");
const { constants } = require("node:os");
const { port, bell, bellIndex } = workerData;
const ring = new Int32Array(bell);
const children = new Map();
function send(message) {
  port.postMessage(message);
  Atomics.add(ring, bellIndex, 1);
  Atomics.notify(ring, bellIndex);
}
function errnoOf(error) {
  return constants.errno[error.code] ?? 5;
}
function start(m) {
  let child;
  try {
    child = spawn(m.file, m.args, {
      argv0: m.argv0, cwd: m.cwd, env: m.env, stdio: m.stdio,
      detached: m.detached, uid: m.uid, gid: m.gid,
    });
  } catch (error) {
    send({ op: "spawnFailed", id: m.id, errno: errnoOf(error) });
    return;
  }
  if (child.pid === undefined) {
    child.once("error", (error) => send({ op: "spawnFailed", id: m.id, errno: errnoOf(error) }));
    return;
  }
  const pid = child.pid;
  children.set(pid, child);
  send({ op: "spawned", id: m.id, pid });
  child.on("error", () => {});
  for (const [slot, direction] of m.links) {
    const stream = child.stdio[slot];
    let open = true;
    const closed = () => {
      if (open) {
        open = false;
        send({ op: "closed", pid, slot });
      }
    };
    if (direction === "out") {
      stream.on("data", (data) => send({ op: "data", pid, slot, data: new Uint8Array(data) }));
      stream.on("end", closed);
    }
    stream.on("error", () => {});
    stream.on("close", closed);
  }
  child.on("exit", (code, signal) => send({ op: "exit", pid, code, signal }));
  child.on("close", () => children.delete(pid));
}
port.on("message", (m) => {
  if (m.op === "spawn") return start(m);
  const stream = children.get(m.pid)?.stdio[m.slot];
  if (!stream || stream.destroyed) return;
  if (m.op === "write") stream.write(m.data);
  else if (m.op === "end") stream.end();
  else if (m.op === "stop") stream.destroy();
});
`;

/** A failed start still gets a process id, as a fork whose exec failed does; these are
 * above any id the kernel gives (Linux's pid_max is at most 2^22). */
const FIRST_UNSTARTED_PID = 1 << 30;

interface Link {
  pipe: HostPipe;
  sink: PipeSink | null;
  source: PipeSource | null;
}

export class ChildProcesses {
  private port: MessagePort | null = null;

  /** `words` are the signal words (signal_words.ts): the worker rings their bell, so that
   * a wait for a child wakes for a signal too. */
  constructor(private readonly words: Int32Array) {}
  private nextRequest = 1;
  private readonly replies = new Map<number, FromWorker>();
  private readonly starting = new Map<number, { links: [number, "in" | "out"][]; stdio: ChildStdio[] }>();
  private readonly running = new Set<number>();
  /** Children that have ended and not been waited for: pid → wait status. */
  private readonly ended = new Map<number, number>();
  private readonly links = new Map<string, Link>();
  private nextUnstartedPid = FIRST_UNSTARTED_PID;

  /** Starts a child; returns its pid, or the errno of the failed start. */
  spawn(request: ChildSpawn): { pid: number } | { errno: number } {
    const id = this.nextRequest++;
    const links: [number, "in" | "out"][] = [];
    const stdio = request.stdio.map((s, slot) => {
      if (typeof s === "object") {
        links.push([slot, s.childReads ? "in" : "out"]);
        return "pipe";
      }
      return s;
    });
    this.post({
      op: "spawn",
      id,
      file: request.file,
      args: request.args,
      argv0: request.argv0,
      cwd: request.cwd,
      env: request.env,
      stdio,
      links,
      detached: request.newSession,
      uid: request.uid,
      gid: request.gid,
    });
    this.starting.set(id, { links, stdio: request.stdio });
    this.waitFor(() => this.replies.has(id), null);
    const reply = this.replies.get(id)!;
    this.replies.delete(id);
    if (reply.op !== "spawned") return { errno: reply.op === "spawnFailed" ? reply.errno : 5 };
    return { pid: reply.pid };
  }

  /** The pid of a start that failed: waitpid() reports it ended with status 255, as a child
   * whose exec failed does. */
  unstarted(): number {
    const pid = this.nextUnstartedPid++;
    this.ended.set(pid, 255 << 8);
    return pid;
  }

  /** [pid, wait status] of an ended child (any child for pid -1), null when `noHang` and
   * none has ended yet; throws "ECHILD" when there is no such child. */
  waitpid(pid: number, noHang: boolean, onSignal?: () => void): [number, number] | null {
    const endedChild = (): number | undefined => {
      if (pid !== -1) return this.ended.has(pid) ? pid : undefined;
      return this.ended.keys().next().value;
    };
    const exists = () =>
      pid === -1 ? this.ended.size + this.running.size > 0 : this.ended.has(pid) || this.running.has(pid);
    this.drain();
    if (!exists()) throw hostError("ECHILD");
    if (endedChild() === undefined && noHang) return null;
    this.waitFor(() => endedChild() !== undefined, null, onSignal);
    const which = endedChild()!;
    const status = this.ended.get(which)!;
    this.ended.delete(which);
    return [which, status];
  }

  /** Takes the worker's events until `done()` holds or the time (ms; null: no limit) is out.
   * Returns done(). A signal arriving meanwhile calls `onSignal`, which runs the Python
   * handlers: one that raises ends the wait. */
  waitFor(done: () => boolean, timeoutMs: number | null, onSignal?: () => void): boolean {
    const deadline = timeoutMs === null ? Infinity : Date.now() + timeoutMs;
    for (;;) {
      const rung = Atomics.load(this.words, BELL);
      this.drain();
      if (done()) return true;
      if (onSignal !== undefined && Atomics.load(this.words, ANY_PENDING) !== 0) {
        onSignal();
        continue;
      }
      const left = deadline - Date.now();
      if (left <= 0) return false;
      // Nothing but the worker can change what is waited for; without it, waiting is
      // sleeping out the time.
      Atomics.wait(this.words, BELL, rung, left === Infinity ? undefined : left);
    }
  }

  private join(pid: number, slot: number, direction: "in" | "out", end: { pipe: HostPipe }): void {
    const key = `${pid}:${slot}`;
    const link: Link = { pipe: end.pipe, sink: null, source: null };
    this.links.set(key, link);
    if (direction === "in") {
      link.sink = {
        // A copy of just these bytes: posting a view would clone its whole ArrayBuffer.
        write: (data) => this.post({ op: "write", pid, slot, data: data.slice() }),
        end: () => this.post({ op: "end", pid, slot }),
      };
      end.pipe.attachSink(link.sink);
    } else {
      link.source = { stop: () => this.post({ op: "stop", pid, slot }) };
      end.pipe.attachSource(link.source);
    }
  }

  private drain(): void {
    if (this.port === null) return;
    for (;;) {
      const received = receiveMessageOnPort(this.port);
      if (received === undefined) return;
      this.handle(received.message as FromWorker);
    }
  }

  private handle(m: FromWorker): void {
    switch (m.op) {
      case "spawned": {
        // The child's streams are joined to their pipes before anything later in the queue
        // (its output, even its end) is taken.
        const { links, stdio } = this.starting.get(m.id)!;
        this.starting.delete(m.id);
        this.running.add(m.pid);
        for (const [slot, direction] of links)
          this.join(m.pid, slot, direction, stdio[slot] as { pipe: HostPipe });
        this.replies.set(m.id, m);
        return;
      }
      case "spawnFailed":
        this.starting.delete(m.id);
        this.replies.set(m.id, m);
        return;
      case "data":
        this.links.get(`${m.pid}:${m.slot}`)?.pipe.push(m.data);
        return;
      case "closed": {
        const key = `${m.pid}:${m.slot}`;
        const link = this.links.get(key);
        if (link === undefined) return;
        this.links.delete(key);
        if (link.sink !== null) link.pipe.detachSink(link.sink);
        if (link.source !== null) link.pipe.detachSource(link.source);
        return;
      }
      case "exit": {
        this.running.delete(m.pid);
        const signal = m.signal === null ? 0 : (constants.signals[m.signal as NodeJS.Signals] ?? 0);
        this.ended.set(m.pid, m.code !== null ? (m.code & 0xff) << 8 : signal & 0x7f);
        return;
      }
    }
  }

  private post(message: ToWorker): void {
    if (this.port === null) this.startWorker();
    this.port!.postMessage(message);
  }

  private startWorker(): void {
    const channel = new MessageChannel();
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { port: channel.port2, bell: this.words.buffer, bellIndex: BELL },
      transferList: [channel.port2],
    });
    // The children outlive nothing: like CPython, the program exits without waiting for
    // them, and the worker must not keep it alive.
    worker.unref();
    worker.on("error", () => {});
    channel.port1.unref();
    this.port = channel.port1;
  }
}
