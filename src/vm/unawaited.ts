// Coroutines that are never awaited. CPython warns ("coroutine 'f' was never awaited",
// a RuntimeWarning) when one that never started is freed; here that is when it is found dead
// at a collection point, or at exit (finalization.ts). With
// sys.set_coroutine_origin_tracking_depth(n), each coroutine records where it was made
// (cr_origin), and the warning shows it.

import { None } from "../objects/bootstrap.js";
import { getAttrOpt } from "../objects/abstract.js";
import { call } from "../objects/call.js";
import { exceptionType, isException } from "../objects/exceptions.js";
import {
  finalizationHooks,
  onCollectionPoint,
  registerFinalizable,
  unregisterFinalizable,
} from "../objects/finalization.js";
import type { PyObject, PyObjectBase } from "../objects/object.js";
import { strFromJS } from "../objects/str.js";
import { newTuple, type PyTuple } from "../objects/tuple.js";
import { warn } from "../objects/warnings.js";
import type { Frame } from "./frame.js";
import { findAndLoad } from "./import.js";

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

/** The warning goes through warnings._warn_unawaited_coroutine, which words it (with the
 * origin); should that be missing, or fail other than by the warning itself being raised
 * (an "error" filter), the failure is reported and a plain warning issued instead. */
function warnIfNeverAwaited(o: PyObjectBase): void {
  const coro = o as Coroutine;
  if (coro.started || coro.frame.finished) return;
  coroutineNeverAwaited(coro);
}

/** Warns that `coro` was never awaited. (Its collection warns again, as CPython's does
 * after frame.clear().) */
export function coroutineNeverAwaited(coro: Coroutine): void {
  let warned = false;
  try {
    const fn = warningsAttr("_warn_unawaited_coroutine");
    if (fn !== undefined) {
      call(fn, [coro], null);
      warned = true;
    }
  } catch (e) {
    if (isException(e) && e.type.isSubtypeOf(exceptionType("RuntimeWarning"))) warned = true;
    finalizationHooks.reportUnraisable(e, coro);
  }
  if (!warned) warn("RuntimeWarning", `coroutine '${coro.qualname}' was never awaited`, 1, coro);
}

/** `warnings.<name>`, importing warnings; undefined when it cannot be imported. */
function warningsAttr(name: string): PyObject | undefined {
  let warnings: PyObject;
  try {
    warnings = findAndLoad("warnings");
  } catch (e) {
    if (isException(e) && e.type.isSubtypeOf(exceptionType("ImportError"))) return undefined;
    throw e;
  }
  return getAttrOpt(warnings, name);
}
