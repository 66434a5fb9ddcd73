// The `select` module: select() over the ends of socketpair() (_socket_local.ts), which
// are ready when data or end of file waits, and over other descriptors, which it reports
// ready (regular files always are). With nothing ready it waits out the timeout: in one
// thread nothing can arrive meanwhile, so asyncio's loop sleeps until its next timer.

import { None } from "../objects/bootstrap.js";
import { exceptionType, typeError, valueError } from "../objects/exceptions.js";
import { callMethod, index, toArray, toFloat } from "../objects/abstract.js";
import { isInt, type PyObject } from "../objects/object.js";
import { PyList } from "../objects/list.js";
import { PyTuple } from "../objects/tuple.js";
import { fn, hostOS } from "./_os_helpers.js";
import { registerNativeModule } from "./registry.js";
import { localEndpoint } from "./_socket_local.js";

/** A descriptor: an int, or what an object's fileno() gives (PyObject_AsFileDescriptor). */
function descriptor(o: PyObject): number {
  const v = isInt(o) ? o : callMethod(o, "fileno", []);
  if (!isInt(v)) throw typeError("fileno() returned a non-integer");
  const fd = Number(index(v));
  if (fd < 0) throw valueError(`file descriptor cannot be a negative integer (${fd})`);
  return fd;
}

function readable(o: PyObject): boolean {
  const e = localEndpoint(descriptor(o));
  return e === undefined || e.readable;
}

function selectImpl(r: PyObject, w: PyObject, x: PyObject, timeout: PyObject | undefined): PyObject {
  const rlist = toArray(r);
  const wlist = toArray(w);
  const xlist = toArray(x);
  for (const o of xlist) descriptor(o);
  let wait: number | null = null;
  if (timeout !== undefined && timeout !== None) {
    wait = toFloat(timeout);
    if (wait < 0) throw valueError("timeout must be non-negative");
  }
  let ready = rlist.filter(readable);
  const writable = wlist.filter((o) => descriptor(o) >= 0);
  if (ready.length === 0 && writable.length === 0) {
    // Nothing can become ready while this thread sleeps; a wait without a timeout is the
    // deadlock it would be in CPython too.
    hostOS().sleep(wait ?? Number.MAX_SAFE_INTEGER);
    ready = [];
  }
  return new PyTuple([new PyList(ready), new PyList(writable), new PyList([])]);
}

registerNativeModule("select", () => ({
  error: exceptionType("OSError"),
  ...Object.fromEntries([
    fn("select", "select(rlist, wlist, xlist, timeout=None, /)", (r, w, x, t) => selectImpl(r!, w!, x!, t)),
  ]),
}));
