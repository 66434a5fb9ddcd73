// Coroutines that are never awaited. CPython warns ("coroutine 'f' was never awaited",
// a RuntimeWarning) when one that never started is freed; here that is when it is found dead
// at a collection point, or at exit (finalization.ts). With
// sys.set_coroutine_origin_tracking_depth(n), each coroutine records where it was made
// (cr_origin), and the warning shows it.

import { None } from "../objects/bootstrap.js";
import { onCollectionPoint, registerFinalizable, unregisterFinalizable } from "../objects/finalization.js";
import type { PyObject, PyObjectBase } from "../objects/object.js";
import { strFromJS } from "../objects/str.js";
import { newTuple, type PyTuple } from "../objects/tuple.js";
import { warnUnawaitedCoroutine } from "../objects/warnings.js";
import type { Frame } from "./frame.js";

/** What a coroutine is to this file. */
interface Coroutine extends PyObjectBase {
  readonly started: boolean;
  readonly frame: Frame;
  readonly qualname: string;
  /** Whether it is registered for finalisation (as generator.ts's generators). */
  closeOnCollection: boolean;
}

/** sys.get/set_coroutine_origin_tracking_depth. */
export const originTracking = { depth: 0 };

/** cr_origin, kept aside: few programs track origins. */
const origins = new WeakMap<object, PyTuple>();

/** Coroutines made lately, not yet registered for finalisation: most are awaited at once,
 * and a list costs less than registering each and unregistering it as it starts. Those
 * still unstarted every RECENT_BATCH coroutines, or at a collection point, are registered. */
let recent: Coroutine[] = [];
const RECENT_BATCH = 256;

/** Called as a coroutine is made, its frame on top of the stack. */
export function coroutineMade(coro: Coroutine, frame: Frame): void {
  if (originTracking.depth > 0) origins.set(coro, originFrom(frame.back, originTracking.depth));
  if (recent.push(coro) >= RECENT_BATCH) registerUnstarted();
}

function registerUnstarted(): void {
  const batch = recent;
  recent = [];
  for (const coro of batch) {
    if (coro.started || coro.frame.finished) continue;
    coro.closeOnCollection = true;
    registerFinalizable(coro, warnIfNeverAwaited);
  }
}
onCollectionPoint(registerUnstarted);

/** Called as a coroutine starts, or is closed before it started. */
export function coroutineStarted(coro: Coroutine): void {
  if (!coro.closeOnCollection) return;
  coro.closeOnCollection = false;
  unregisterFinalizable(coro);
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

/** The finaliser of a coroutine registered while unstarted. */
function warnIfNeverAwaited(o: PyObjectBase): void {
  const coro = o as Coroutine;
  if (coro.started || coro.frame.finished) return;
  coroutineNeverAwaited(coro);
}

/** Warns that `coro` was never awaited. (Its collection warns again, as CPython's does
 * after frame.clear().) */
export function coroutineNeverAwaited(coro: Coroutine): void {
  warnUnawaitedCoroutine(coro, coro.qualname);
}
