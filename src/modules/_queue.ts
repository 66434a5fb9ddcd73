// The `_queue` module that Lib/queue.py prefers to its Python fallbacks (CPython's
// Modules/_queuemodule.c): `SimpleQueue`, an unbounded FIFO, and the `Empty` exception
// that queue.Queue also raises. With one thread nothing can put an item while `get`
// waits, except a signal handler: a timed get sleeps (waking for such a handler's item),
// and an untimed get on an empty queue raises instead of hanging, as _thread's locks do.

import { None, typeType } from "../objects/bootstrap.js";
import { call } from "../objects/call.js";
import { index, isTrue } from "../objects/abstract.js";
import { floatValue } from "../objects/float.js";
import { PyDict } from "../objects/dict.js";
import {
  exceptionType,
  newException,
  overflowError,
  runtimeError,
  typeError,
  valueError,
} from "../objects/exceptions.js";
import { defineMethods, type KwNames } from "../objects/function.js";
import { defineClassGetItem, defineNew } from "../objects/iterators.js";
import type { PyObject, PyObjectBase } from "../objects/object.js";
import { strFromJS } from "../objects/str.js";
import { clinicKwArgs, noArgs } from "../objects/str_args.js";
import { PyTuple } from "../objects/tuple.js";
import type { PyType } from "../objects/type.js";
import { checkInterrupt } from "../vm/ops.js";
import { vm } from "../vm/state.js";
import { adopt, moduleType } from "./itertools_helpers.js";
import { registerNativeModule } from "./registry.js";

let emptyType: PyType | null = null;
function emptyError(): PyType {
  if (emptyType === null) {
    const ns = new PyDict();
    ns.setStr("__module__", "_queue");
    ns.setStr("__doc__", strFromJS("Exception raised by Queue.get(block=0)/get_nowait()."));
    emptyType = call(typeType, ["Empty", new PyTuple([exceptionType("Exception")]), ns]) as PyType;
  }
  return emptyType;
}

const simpleQueueType = moduleType("_queue", "SimpleQueue");
simpleQueueType.dict.set("__doc__", strFromJS("Simple, unbounded, reentrant FIFO queue."));

/** The items from `head` on; the slots before it are cleared so that a got item is not
 * kept alive by the queue. */
class PySimpleQueue implements PyObjectBase {
  dict = null;
  items: (PyObject | undefined)[] = [];
  head = 0;
  constructor(public type: PyType = simpleQueueType) {}

  get size(): number {
    return this.items.length - this.head;
  }
  take(): PyObject {
    const v = this.items[this.head]!;
    this.items[this.head++] = undefined;
    if (this.head === this.items.length) {
      this.items = [];
      this.head = 0;
    } else if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return v;
  }
}

function asQueue(o: PyObject): PySimpleQueue {
  return o as PySimpleQueue;
}

const NS_LIMIT = 2 ** 63;

/** `_PyTime_FromSecondsObject` with ceiling rounding, in seconds: a float, or an int
 * (anything with `__index__`), within a 64-bit count of nanoseconds. */
function timeoutSeconds(v: PyObject): number {
  const f = floatValue(v);
  if (f !== undefined) {
    if (Number.isNaN(f)) throw valueError("Invalid value NaN (not a number)");
    const ns = Math.ceil(f * 1e9);
    if (!(ns >= -NS_LIMIT && ns < NS_LIMIT))
      throw overflowError("timestamp out of range for platform time_t");
    return ns / 1e9;
  }
  const i = index(v);
  const ns = BigInt(i) * 1_000_000_000n;
  if (ns >= BigInt(NS_LIMIT) || ns < -BigInt(NS_LIMIT))
    throw overflowError("timestamp too large to convert to C _PyTime_t");
  return Number(i);
}

const woken = Symbol("woken");

/** Sleeps up to `seconds`, returning early once a signal handler has put an item. */
function waitForItem(q: PySimpleQueue, seconds: number): void {
  try {
    vm.host.os?.sleep(seconds, () => {
      checkInterrupt();
      if (q.size > 0) throw woken;
    });
  } catch (e) {
    if (e !== woken) throw e;
  }
}

function get(q: PySimpleQueue, block: boolean, timeout: PyObject): PyObject {
  let seconds = 0;
  if (block && timeout !== None) {
    seconds = timeoutSeconds(timeout);
    if (seconds < 0) throw valueError("'timeout' must be a non-negative number");
  }
  if (q.size > 0) return q.take();
  if (block && timeout === None)
    throw runtimeError("deadlock: getting from an empty queue with no other thread to put to it");
  if (seconds > 0) waitForItem(q, seconds);
  if (q.size > 0) return q.take();
  throw newException(emptyError());
}

// Argument Clinic's check, which a subclass with an `__init__` of its own escapes.
defineNew(simpleQueueType, (cls, args: PyObject[], kwnames: KwNames) => {
  if (cls.lookup("__init__") === simpleQueueType.lookup("__init__")) {
    const nkw = kwnames ? kwnames.length : 0;
    if (args.length > nkw) throw typeError("SimpleQueue() takes no positional arguments");
    if (nkw > 0) throw typeError("SimpleQueue() takes no keyword arguments");
  }
  return adopt(new PySimpleQueue(cls), cls);
});

defineMethods(simpleQueueType, {
  put(self, args, kwnames) {
    const [item] = clinicKwArgs("put", ["item", "block", "timeout"], args, kwnames, 1);
    asQueue(self).items.push(item!);
    return None;
  },
  put_nowait(self, args, kwnames) {
    const [item] = clinicKwArgs("put_nowait", ["item"], args, kwnames, 1);
    asQueue(self).items.push(item!);
    return None;
  },
  get(self, args, kwnames) {
    const [block, timeout] = clinicKwArgs("get", ["block", "timeout"], args, kwnames);
    return get(asQueue(self), block === undefined || isTrue(block), timeout ?? None);
  },
  // Keywords pass unchecked, as CPython 3.11's clinic code for it lets them.
  get_nowait(self, args, kwnames) {
    if (args.length > (kwnames ? kwnames.length : 0)) throw typeError("get_nowait() takes no arguments");
    return get(asQueue(self), false, None);
  },
  empty(self, args, kwnames) {
    noArgs("SimpleQueue.empty", args, kwnames);
    return asQueue(self).size === 0;
  },
  qsize(self, args, kwnames) {
    noArgs("SimpleQueue.qsize", args, kwnames);
    return asQueue(self).size;
  },
});
defineClassGetItem(simpleQueueType);

registerNativeModule("_queue", () => ({
  SimpleQueue: simpleQueueType,
  Empty: emptyError(),
}));
