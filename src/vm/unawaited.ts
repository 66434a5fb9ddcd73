// Where coroutines were made: with sys.set_coroutine_origin_tracking_depth(n), each
// coroutine records the n innermost frames it was made in (cr_origin), which the warning
// about a coroutine that is never awaited shows.

import { None } from "../objects/bootstrap.js";
import type { PyObject, PyObjectBase } from "../objects/object.js";
import { strFromJS } from "../objects/str.js";
import { newTuple, type PyTuple } from "../objects/tuple.js";
import type { Frame } from "./frame.js";

/** What a coroutine is to this file. */
interface Coroutine extends PyObjectBase {
  readonly started: boolean;
  readonly frame: Frame;
  readonly qualname: string;
}

/** sys.get/set_coroutine_origin_tracking_depth. */
export const originTracking = { depth: 0 };

/** cr_origin, kept aside: few programs track origins. */
const origins = new WeakMap<object, PyTuple>();

/** Called as a coroutine is made, its frame on top of the stack. */
export function coroutineMade(coro: Coroutine, frame: Frame): void {
  if (originTracking.depth > 0) origins.set(coro, originFrom(frame.back, originTracking.depth));
}

/** Called as a coroutine starts, or is closed before it started: from then on it has been
 * awaited, as far as the warning is concerned. */
export function coroutineStarted(coro: Coroutine): void {
  void coro;
}

/** cr_origin: ((filename, line, function name), ...) innermost first, or None. */
export function coroutineOrigin(coro: Coroutine): PyObject {
  return origins.get(coro) ?? None;
}

/** A finaliser's stand-in answers for its coroutine. */
export function shareOrigin(original: object, standIn: object): void {
  const origin = origins.get(original);
  if (origin !== undefined) origins.set(standIn, origin);
}

function originFrom(frame: Frame | null, depth: number): PyTuple {
  const entries: PyObject[] = [];
  for (let f = frame; f !== null && entries.length < depth; f = f.back) {
    entries.push(newTuple([strFromJS(f.code.co_filename), f.lineno, strFromJS(f.code.co_name)]));
  }
  return newTuple(entries);
}
