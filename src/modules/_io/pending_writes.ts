// Data still in the buffer of a file object that may have been dropped.
//
// CPython closes a file object the moment its last reference goes, so
// `open(p, "w").write(s)` has written `s` by the next statement. Swallow finalises dropped
// objects only at collection points (objects/finalization.ts), and until then the text sat in
// the dropped object's buffer: reading `p` back found nothing, and a loop of
// `open(log, "a").write(line)` wrote its lines in the order the collector freed them. So
// every writable file object with unwritten data is listed here under its file's absolute
// path, and whatever opens, stats or runs a program on a file first flushes the objects
// listed for it. An object still referenced is flushed earlier than CPython would flush it;
// that shows only to a reader of the same file while the writer still holds data, where
// CPython would show the file without it.

import { callMethod } from "../../objects/abstract.js";
import { PyBaseException } from "../../objects/exceptions.js";
import type { PyObjectBase } from "../../objects/object.js";
import { registerWeakReference } from "../../objects/finalization.js";
import { hostOS } from "../_os_helpers.js";

const pendingByPath = new Map<string, WeakRef<PyObjectBase>[]>();
/** Objects listed and not flushed since: a writer that fills its buffer again and again is
 * listed once. */
const listed = new WeakSet<PyObjectBase>();

/** Called when `o`'s buffer, empty until now, takes data for the file at `key` (pathKey). */
export function notePendingWrite(o: PyObjectBase, key: string): void {
  if (listed.has(o)) return;
  listed.add(o);
  registerWeakReference(null);
  const refs = pendingByPath.get(key);
  if (refs === undefined) pendingByPath.set(key, [new WeakRef(o)]);
  else refs.push(new WeakRef(o));
}

/** flushPendingWrites for the file at `path`, however it is spelt; nothing to do (and no
 * path to resolve) when no object holds data. */
export function flushPendingWritesTo(path: string): void {
  if (pendingByPath.size !== 0) flushPendingWrites(pathKey(path));
}

/** Flushes the objects listed for the file at `key`, or for every file when `key` is null,
 * in the order their data was written. What a flush raises is left for the object's own
 * flush or close to raise again, as it would in CPython if the object is still alive. */
export function flushPendingWrites(key: string | null): void {
  if (pendingByPath.size === 0) return;
  const lists = key === null ? [...pendingByPath.values()] : [pendingByPath.get(key)];
  if (key === null) pendingByPath.clear();
  else pendingByPath.delete(key);
  for (const refs of lists) {
    if (refs === undefined) continue;
    for (const ref of refs) {
      const o = ref.deref();
      if (o === undefined) continue;
      listed.delete(o);
      try {
        callMethod(o, "flush", []);
      } catch (e) {
        if (!(e instanceof PyBaseException)) throw e;
      }
    }
  }
}

/** The absolute, lexically normalised form of `path`, which names one file however the
 * program spelt it (symbolic and hard links aside). */
export function pathKey(path: string): string {
  const absolute = path.startsWith("/") ? path : `${hostOS().getcwd()}/${path}`;
  const parts: string[] = [];
  for (const part of absolute.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") parts.pop();
    else parts.push(part);
  }
  return `/${parts.join("/")}`;
}
