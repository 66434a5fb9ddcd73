// The `select` module: select() over the ends of socketpair() (_socket_local.ts), which
// are ready when data or end of file waits, over pipes (ready the same way; a child
// process can fill one meanwhile) and over other descriptors, which it reports ready
// (regular files always are). With nothing ready it waits for a child's output or the
// timeout: asyncio's loop, with no child, sleeps until its next timer.

import { None } from "../objects/bootstrap.js";
import { exceptionType, typeError, valueError } from "../objects/exceptions.js";
import { callMethod, index, toArray, toFloat } from "../objects/abstract.js";
import { isInt, type PyObject } from "../objects/object.js";
import { PyList } from "../objects/list.js";
import { PyTuple } from "../objects/tuple.js";
import { fn, hostOS } from "./_os_helpers.js";
import { registerNativeModule } from "./registry.js";
import { localEndpoint } from "./_socket_local.js";
import { checkInterrupt } from "../vm/ops.js";

/** A descriptor: an int, or what an object's fileno() gives (PyObject_AsFileDescriptor). */
function descriptor(o: PyObject): number {
  const v = isInt(o) ? o : callMethod(o, "fileno", []);
  if (!isInt(v)) throw typeError("fileno() returned a non-integer");
  const fd = Number(index(v));
  if (fd < 0) throw valueError(`file descriptor cannot be a negative integer (${fd})`);
  return fd;
}

/** Ready objects of `list` by descriptor; local socket ends answer for themselves, the
 * host for the rest (its pipes wait for data; files are always ready). */
function selectImpl(r: PyObject, w: PyObject, x: PyObject, timeout: PyObject | undefined): PyObject {
  const rlist = toArray(r).map((o) => ({ o, fd: descriptor(o) }));
  const wlist = toArray(w).map((o) => ({ o, fd: descriptor(o) }));
  for (const o of toArray(x)) descriptor(o);
  let wait: number | null = null;
  if (timeout !== undefined && timeout !== None) {
    wait = toFloat(timeout);
    if (wait < 0) throw valueError("timeout must be non-negative");
  }
  const local = (fd: number) => localEndpoint(fd) !== undefined;
  const deadline = wait === null ? Infinity : performance.now() + wait * 1000;
  for (;;) {
    const localReady = rlist.filter((e) => localEndpoint(e.fd)?.readable === true);
    const localWritable = wlist.filter((e) => local(e.fd));
    const readyNow = localReady.length > 0 || localWritable.length > 0;
    const left = Math.max(0, deadline - performance.now()) / 1000;
    const [hostRead, hostWrite] = hostOS().select(
      rlist.filter((e) => !local(e.fd)).map((e) => e.fd),
      wlist.filter((e) => !local(e.fd)).map((e) => e.fd),
      readyNow ? 0 : left === Infinity ? null : left,
      checkInterrupt,
    );
    const readable = rlist.filter((e) => localReady.includes(e) || (!local(e.fd) && hostRead.includes(e.fd)));
    const writable = wlist.filter((e) => local(e.fd) || hostWrite.includes(e.fd));
    // Nothing ready before the time is out: a signal's handler ran and returned, and may
    // have made a local end ready (asyncio's wake-up write); look again (PEP 475).
    if (readable.length === 0 && writable.length === 0 && performance.now() < deadline) continue;
    return new PyTuple([
      new PyList(readable.map((e) => e.o)),
      new PyList(writable.map((e) => e.o)),
      new PyList([]),
    ]);
  }
}

registerNativeModule("select", () => ({
  error: exceptionType("OSError"),
  ...Object.fromEntries([
    fn("select", "select(rlist, wlist, xlist, timeout=None, /)", (r, w, x, t) => selectImpl(r!, w!, x!, t)),
  ]),
}));
