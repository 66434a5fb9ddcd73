// The interpreter's state (CPython's PyThreadState and the parts of PyInterpreterState the
// VM needs): the frame stack, the handled exception, the recursion limit and the tables of
// the import system. One VMState per runtime; `vm` is the running one (a runtime is
// single-threaded, so switching runtimes means switching this pointer).
//
// Native modules read it too: `sys` takes `modules`, `path`, `argv`, the recursion limit
// and `_getframe` from here.

import type { Host } from "../host/host.js";
import type { PyDict } from "../objects/dict.js";
import type { PyObject } from "../objects/object.js";
import type { Frame } from "./frame.js";

/** A native module's initialiser (src/modules/registry.ts's shape, injected by the API
 * layer because the VM sits below src/modules/). */
export type NativeModuleInit = () => Record<string, PyObject>;

/** Installed by shadow_frames.ts (which needs the Frame class; this file only its type). */
export const shadowHooks: { flush: (state: VMState) => void } = { flush: () => {} };

export class VMState {
  /** The innermost frame pushed; `current` is what everything else reads. */
  top: Frame | null = null;
  /** Direct activations of compiled code that called on without making their Frame
   * (shadow_frames.ts), innermost last; those from `shadowFlushed` on have none yet. */
  shadowSp = 0;
  shadowFlushed = 0;
  // Made with the kinds of elements they will hold (V8 tracks small integers, objects and
  // holes apart): an empty array changes kind at its first store, which threw away the
  // optimised code of the first functions that stored into it.
  readonly shadowFns: unknown[] = Array.from({ length: 64 }, () => undefined);
  readonly shadowRegs: unknown[] = Array.from({ length: 64 }, () => undefined);
  readonly shadowPcs: number[] = Array.from({ length: 64 }, () => 0);
  readonly shadowFrames: (Frame | null)[] = Array.from({ length: 64 }, () => null);

  /** The innermost running frame: the frames of compiled activations that run without one
   * are made first, so that every reader sees the whole stack. */
  get current(): Frame | null {
    if (this.shadowFlushed < this.shadowSp) shadowHooks.flush(this);
    return this.top;
  }

  set current(frame: Frame | null) {
    this.top = frame;
  }
  /** Number of Python frames on the stack (for the recursion limit). */
  depth = 0;
  recursionLimit = 1000;
  /** The exception being handled by the running frames (since the innermost generator
   * was resumed), or null. */
  excInfo: PyObject | null = null;
  /** The one handled outside the running generators: CPython's exc_info stack links each
   * generator's own entry to its caller's, and sys.exc_info() takes the innermost that is
   * set (handledException()). */
  excOuter: PyObject | null = null;

  /** sys.exception(): what the innermost handler handles, or null. */
  handledException(): PyObject | null {
    return this.excInfo ?? this.excOuter;
  }
  /** The host's signal words (host/signal_words.ts): the first is nonzero while a signal
   * is pending, and back-edges and calls look at it. */
  readonly signals: Int32Array;
  /** Runs the Python handler of a signal that arrived; the signal module installs the
   * handlers that Python code sets. Until it is imported, SIGINT raises KeyboardInterrupt
   * (set by ops.ts). */
  runSignalHandler: (signum: number) => void = () => {};
  /** sys.modules. */
  modules!: PyDict;
  /** The builtins module's namespace, and the module. */
  builtins!: PyDict;
  builtinsModule!: PyObject;
  /** The builtin `__import__`: IMPORT_NAME calls an overriding one instead. */
  originalImport: PyObject | undefined;
  /** sys.path, sys.argv, sys.flags-ish settings; set by the API layer at start-up. */
  path!: PyObject;
  argv!: PyObject;
  /** Names of modules written in TypeScript, by name. */
  nativeModules: ReadonlyMap<string, NativeModuleInit> = new Map();
  /** `-B`: write no bytecode (accepted; there is none yet). */
  dontWriteBytecode = false;
  /** sys.flags.utf8_mode as the runtime's creator decided it (null: from the environment). */
  utf8Mode: 0 | 1 | null = null;
  /** Source text of files read by the VM (for tracebacks), keyed by filename. */
  readonly sources = new Map<string, string[]>();
  /** The sys module, once imported. */
  sys: PyObject | null = null;
  /** Source of `-c` and REPL inputs is not kept, as CPython (no lines in tracebacks). */
  constructor(readonly host: Host) {
    this.signals = host.signalWords;
  }
}

export let vm: VMState = undefined as unknown as VMState;

export function setVM(state: VMState): void {
  vm = state;
}
