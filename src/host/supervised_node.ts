// The Python thread's end of the supervisor protocol (supervisor_protocol.ts). `supervisor`
// is null when Python runs on Node's main thread (embedding, the test suite's in-process
// runs, SWALLOW_WORKER=0); then the callers do the work themselves.

import {
  isMainThread,
  parentPort,
  receiveMessageOnPort,
  workerData,
  type MessagePort,
} from "node:worker_threads";
import { ANY_PENDING, BELL } from "./signal_words.js";
import type { SupervisedData, SupervisorReply, SupervisorRequest } from "./supervisor_protocol.js";

export class Supervisor {
  private nextId = 1;
  /** Replies to requests given up on (a read or a prompt interrupted by a signal handler
   * that raised); what they carry is the next read's or prompt's. */
  private readonly late: SupervisorReply[] = [];

  constructor(
    readonly words: Int32Array,
    private readonly replies: MessagePort,
  ) {}

  /** Asks and waits for the reply. While it waits, a pending signal calls `onSignal`, which
   * runs the Python handlers; one that raises abandons the wait (PEP 475: one that returns
   * lets it go on). */
  request(request: SupervisorRequest, onSignal?: () => void): SupervisorReply {
    const id = this.nextId++;
    parentPort!.postMessage({ ...request, id });
    for (;;) {
      const rung = Atomics.load(this.words, BELL);
      for (
        let m = receiveMessageOnPort(this.replies);
        m !== undefined;
        m = receiveMessageOnPort(this.replies)
      ) {
        const reply = m.message as SupervisorReply;
        if (reply.id === id) return reply;
        this.late.push(reply);
      }
      if (onSignal !== undefined && Atomics.load(this.words, ANY_PENDING) !== 0) onSignal();
      Atomics.wait(this.words, BELL, rung);
    }
  }

  /** A late reply carrying what `want` asks for, if any. */
  takeLate(want: "data" | "line"): SupervisorReply | undefined {
    // Only reads can fail late; a prompt's reply always carries its line.
    const i = this.late.findIndex((r) => r[want] !== undefined || (want === "data" && r.error !== undefined));
    return i < 0 ? undefined : this.late.splice(i, 1)[0];
  }
}

function connect(): Supervisor | null {
  if (isMainThread) return null;
  const data = (workerData as Partial<SupervisedData> | null)?.swallowSupervisor;
  return data === undefined ? null : new Supervisor(new Int32Array(data.words), data.replies);
}

export const supervisor = connect();

/** Turns a reply's error into the Node error the callers already handle. */
export function replyError(reply: SupervisorReply): NodeJS.ErrnoException | null {
  if (reply.error === undefined) return null;
  const e: NodeJS.ErrnoException = new Error(reply.error.message);
  e.code = reply.error.code;
  e.errno = reply.error.errno;
  return e;
}

/** process.chdir, which Node allows only on the main thread. */
export function changeDirectory(path: string): void {
  if (supervisor === null) return process.chdir(path);
  const e = replyError(supervisor.request({ op: "chdir", path }));
  if (e !== null) throw e;
}

/** process.umask(mask), which Node allows only on the main thread. */
export function setUmask(mask: number): number {
  if (supervisor === null) return process.umask(mask);
  return supervisor.request({ op: "umask", mask }).value as number;
}
