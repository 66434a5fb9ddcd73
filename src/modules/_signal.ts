// The `_signal` module: Linux's signal numbers, and handlers. A handler set here tells the
// host what the process does with the signal (host/signal_words.ts): Python handlers get
// the signal marked pending when it arrives, and the VM calls them between instructions
// (vm.runSignalHandler), as CPython does; SIG_IGN and SIG_DFL are the process's own.

import { None, typeType } from "../objects/bootstrap.js";
import { call } from "../objects/call.js";
import { valueError, typeError } from "../objects/exceptions.js";
import { builtinFunction } from "../objects/function.js";
import { index, toArray, toFloat } from "../objects/abstract.js";
import { newFloat } from "../objects/float.js";
import { newTuple } from "../objects/tuple.js";
import { PyDict } from "../objects/dict.js";
import type { PyType } from "../objects/type.js";
import { checkInterrupt } from "../vm/ops.js";
import type { PyObject } from "../objects/object.js";
import { newException, exceptionType } from "../objects/exceptions.js";
import { PySet, setAdd } from "../objects/set.js";
import { strFromJS } from "../objects/str.js";
import { fn, hostOS, osCall } from "./_os_helpers.js";
import { localEndpoint } from "./_socket_local.js";
import { registerNativeModule } from "./registry.js";
import { vm } from "../vm/state.js";
import { getFrame } from "../vm/vm_types.js";
import { markPending, takePending, type Disposition } from "../host/signal_words.js";

const SIGNALS: Record<string, number> = {
  SIGHUP: 1,
  SIGINT: 2,
  SIGQUIT: 3,
  SIGILL: 4,
  SIGTRAP: 5,
  SIGABRT: 6,
  SIGIOT: 6,
  SIGBUS: 7,
  SIGFPE: 8,
  SIGKILL: 9,
  SIGUSR1: 10,
  SIGSEGV: 11,
  SIGUSR2: 12,
  SIGPIPE: 13,
  SIGALRM: 14,
  SIGTERM: 15,
  SIGSTKFLT: 16,
  SIGCHLD: 17,
  SIGCONT: 18,
  SIGSTOP: 19,
  SIGTSTP: 20,
  SIGTTIN: 21,
  SIGTTOU: 22,
  SIGURG: 23,
  SIGXCPU: 24,
  SIGXFSZ: 25,
  SIGVTALRM: 26,
  SIGPROF: 27,
  SIGWINCH: 28,
  SIGIO: 29,
  SIGPOLL: 29,
  SIGPWR: 30,
  SIGSYS: 31,
  SIGRTMIN: 34,
  SIGRTMAX: 64,
};
const DESCRIPTIONS: Record<number, string> = {
  1: "Hangup",
  2: "Interrupt",
  3: "Quit",
  4: "Illegal instruction",
  5: "Trace/breakpoint trap",
  6: "Aborted",
  7: "Bus error",
  8: "Floating point exception",
  9: "Killed",
  10: "User defined signal 1",
  11: "Segmentation fault",
  12: "User defined signal 2",
  13: "Broken pipe",
  14: "Alarm clock",
  15: "Terminated",
};
const NSIG = 65;
const M = "_signal";

registerNativeModule("_signal", () => {
  const SIG_DFL = 0;
  const SIG_IGN = 1;
  const defaultIntHandler = builtinFunction(
    "default_int_handler",
    () => {
      throw newException(exceptionType("KeyboardInterrupt"));
    },
    M,
  );
  const handlers = new Map<number, PyObject>();
  const signum = (v: PyObject): number => {
    const n = Number(index(v));
    if (n < 1 || n >= NSIG) throw valueError("signal number out of range");
    return n;
  };
  const getHandler = (n: number): PyObject =>
    handlers.get(n) ?? (n === 2 ? defaultIntHandler : n === 13 ? SIG_IGN : SIG_DFL);
  /** signal.set_wakeup_fd: a descriptor that gets each arriving signal's number as a byte,
   * so that an event loop waiting in select() learns of it (asyncio's add_signal_handler). */
  let wakeupFd = -1;
  const writeWakeup = (n: number): void => {
    const byte = Uint8Array.of(n);
    const local = localEndpoint(wakeupFd);
    try {
      if (local !== undefined) local.send(byte);
      else hostOS().write(wakeupFd, byte);
    } catch {
      // CPython reports a failed write as unraisable; the handler runs all the same.
    }
  };
  /** pthread_sigmask's mask. There is one thread, so its mask is the process's: a blocked
   * signal that arrives is held until it is unblocked. A blocked signal whose action is
   * the default one (death, often) is caught meanwhile, to be held. */
  const blocked = new Set<number>();
  const held = new Set<number>();
  const hostDisposition = (n: number): Disposition => {
    const h = getHandler(n);
    return blocked.has(n) && h === SIG_DFL ? "handle" : disposition(h);
  };
  /** Moves blocked signals that arrived from the host's words to `held`. */
  const collectHeld = (): void => {
    for (const n of takePending(vm.signals)) {
      if (blocked.has(n)) held.add(n);
      else markPending(vm.signals, n);
    }
  };
  const signalSet = (mask: PyObject): Set<number> => {
    const set = new Set<number>();
    for (const s of toArray(mask)) {
      const n = Number(index(s));
      if (n < 1 || n >= NSIG) throw valueError(`signal number ${n} out of range [1; ${NSIG - 1}]`);
      // SIGKILL and SIGSTOP cannot be blocked; the kernel drops them from a mask silently.
      if (n !== 9 && n !== 19) set.add(n);
    }
    return set;
  };
  const setMask = (how: number, mask: Set<number>): PyObject => {
    if (how !== 0 && how !== 1 && how !== 2)
      throw newException(exceptionType("OSError"), 22, strFromJS("Invalid argument"));
    const old = new PySet();
    for (const n of blocked) setAdd(old, n);
    const next = new Set(
      how === 0 ? [...blocked, ...mask] : how === 1 ? [...blocked].filter((n) => !mask.has(n)) : mask,
    );
    const changed = [...blocked, ...next].filter((n) => blocked.has(n) !== next.has(n));
    collectHeld();
    blocked.clear();
    for (const n of next) blocked.add(n);
    for (const n of changed) vm.host.setSignalDisposition?.(n, hostDisposition(n));
    // A signal held while blocked is delivered as it is unblocked.
    for (const n of changed) {
      if (!blocked.has(n) && held.delete(n)) runHandler(n);
    }
    return old;
  };
  /** Runs the handler of a signal that arrived (or was raised). */
  const runHandler = (n: number): void => {
    if (blocked.has(n)) {
      held.add(n);
      return;
    }
    if (wakeupFd !== -1) writeWakeup(n);
    const h = getHandler(n);
    if (h === SIG_IGN) return;
    if (h === SIG_DFL) hostOS().kill(hostOS().getpid(), n);
    else call(h, [n, vm.current === null ? None : getFrame(0)], null);
  };
  vm.runSignalHandler = runHandler;
  const ns = new PyDict();
  ns.setStr("__module__", "signal");
  const itimerErrorType = call(typeType, [
    strFromJS("itimer_error"),
    newTuple([exceptionType("OSError")]),
    ns,
  ]) as PyType;
  const itimerError = (errno: number, text: string): PyObject =>
    call(itimerErrorType, [errno, strFromJS(text)]);
  /** Only the real-time timer (ITIMER_REAL) is kept; the CPU-time ones need the kernel. */
  const realTimerOf = (which: PyObject, seconds: number, interval: number): [number, number] => {
    const n = Number(index(which));
    if (n === 1 || n === 2) throw itimerError(38, "Function not implemented");
    if (n !== 0) throw itimerError(22, "Invalid argument");
    return hostOS().realTimer(seconds, interval);
  };
  const timerTuple = ([left, interval]: [number, number]): PyObject =>
    newTuple([newFloat(left), newFloat(interval)]);
  const disposition = (h: PyObject): Disposition =>
    h === SIG_DFL ? "default" : h === SIG_IGN ? "ignore" : "handle";
  return {
    ...SIGNALS,
    NSIG,
    SIG_DFL,
    SIG_IGN,
    SIG_BLOCK: 0,
    SIG_UNBLOCK: 1,
    SIG_SETMASK: 2,
    ITIMER_REAL: 0,
    ITIMER_VIRTUAL: 1,
    ITIMER_PROF: 2,
    default_int_handler: defaultIntHandler,
    ItimerError: itimerErrorType,
    ...Object.fromEntries([
      fn(M, "signal(signalnum, handler, /)", (s, h) => {
        const n = signum(s!);
        if (n === 9 || n === 19)
          throw newException(exceptionType("OSError"), 22, strFromJS("Invalid argument"));
        if (
          h !== SIG_DFL &&
          h !== SIG_IGN &&
          (h as { type?: { lookup(n: string): unknown } }).type?.lookup("__call__") === undefined
        )
          throw typeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
        const old = getHandler(n);
        handlers.set(n, h!);
        if (vm.host.setSignalDisposition?.(n, hostDisposition(n)) === false) {
          handlers.set(n, old);
          throw newException(exceptionType("OSError"), 22, strFromJS("Invalid argument"));
        }
        return old;
      }),
      fn(M, "getsignal(signalnum, /)", (s) => getHandler(signum(s!))),
      fn(M, "strsignal(signalnum, /)", (s) => {
        const n = signum(s!);
        const d = DESCRIPTIONS[n];
        return d === undefined ? (n >= 34 ? strFromJS(`Real-time signal ${n - 34}`) : None) : strFromJS(d);
      }),
      fn(M, "valid_signals()", () => {
        const s = new PySet();
        for (let i = 1; i < NSIG; i++) if (i !== 32 && i !== 33) setAdd(s, i);
        return s;
      }),
      fn(M, "raise_signal(signalnum, /)", (s) => {
        runHandler(signum(s!));
        return None;
      }),
      fn(M, "alarm(seconds, /)", (s) => {
        const [left] = hostOS().realTimer(Number(index(s!)), 0);
        // alarm(2) rounds what was left to the nearest second, and never down to 0.
        return left > 0 && left < 1 ? 1 : Math.round(left);
      }),
      fn(M, "pause()", () => {
        hostOS().pause(checkInterrupt);
        return None;
      }),
      fn(M, "set_wakeup_fd(fd, /, *, warn_on_full_buffer=True)", (fd) => {
        const n = Number(index(fd!));
        if (n !== -1 && localEndpoint(n) === undefined) osCall(undefined, (os) => os.fstat(n));
        const old = wakeupFd;
        wakeupFd = n;
        return old;
      }),
      fn(M, "siginterrupt(signalnum, flag, /)", () => None),
      fn(M, "pthread_sigmask(how, mask, /)", (how, mask) => setMask(Number(index(how!)), signalSet(mask!))),
      // The one thread is the main thread, whatever its id.
      fn(M, "pthread_kill(thread_id, signalnum, /)", (_, s) => {
        const n = Number(index(s!));
        if (n !== 0) runHandler(signum(s!));
        return None;
      }),
      fn(M, "sigpending()", () => {
        collectHeld();
        const pending = new PySet();
        for (const n of held) setAdd(pending, n);
        return pending;
      }),
      fn(M, "sigwait(sigset, /)", (sigset) => {
        const wanted = signalSet(sigset!);
        for (;;) {
          collectHeld();
          for (const n of wanted) if (held.delete(n)) return n;
          hostOS().pause(checkInterrupt);
        }
      }),
      fn(M, "setitimer(which, seconds, interval=0.0, /)", (which, seconds, interval) => {
        const value = toFloat(seconds!);
        const every = interval === undefined ? 0 : toFloat(interval);
        if (value < 0 || every < 0) throw itimerError(22, "Invalid argument");
        return timerTuple(realTimerOf(which!, value, every));
      }),
      fn(M, "getitimer(which, /)", (which) => timerTuple(realTimerOf(which!, -1, 0))),
    ]),
  };
});
