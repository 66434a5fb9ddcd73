// Finalisation: `__del__` methods and the death of weak references.
//
// CPython frees an object the moment its last reference goes, calling `__del__` and
// clearing weak references then. V8 has no such moment: it frees objects when it chooses,
// and never an object that a WeakRef handed out during the current JS job — and a Python
// program runs inside one job. So, like PyPy, Swallow has collection points: `gc.collect()`,
// automatic collections (at most one a second, paced to cost a small share of the running
// time), and exit. At a
// collection point the host releases the job's kept objects and runs a full V8 collection
// (Host.collectGarbage); weak references whose referents are gone then read as dead, their
// callbacks run, and objects with `__del__` that died are finalised.
//
// A finaliser needs its object, which V8 has freed by the time anyone learns it is dead. So
// objects with `__del__` are held strongly between collections; at a collection each is
// swapped for a WeakRef and a shallow copy of its fields (a "stand-in", with the same type,
// attributes, storage and id). If the object dies, `__del__` runs on the stand-in. The price:
// an object whose own fields lead back to it stays alive through its stand-in, so cycles
// through objects with `__del__` are never freed (CPython before 3.4 kept such cycles in
// gc.garbage); objects it reaches are freed one collection after it.

import { callWithSelf } from "./call.js";
import { PyInstance, shareId, typeOf, type PyObject, type PyObjectBase } from "./object.js";
import { subclassRefHooks } from "./type.js";

/** Something to tell when its referent dies: a weak reference with a callback. */
export interface DeathWatch {
  /** Whether the referent is still there. */
  readonly alive: boolean;
  /** Called once, at the first collection point after the referent died. */
  died(): void;
}

export const finalizationHooks = {
  /** Lets go of values the VM holds but no longer needs (dead temporaries). */
  beforeCollect: (): void => {},
  /** Frees what is unreachable now (Host.collectGarbage); null when the host cannot. */
  collectGarbage: null as (() => void) | null,
  /** Lets V8 free weak references' targets in its own time (Host.releaseWeakTargets). */
  releaseWeakTargets: null as (() => void) | null,
  /** Reports an exception raised where nobody can catch it (sys.unraisablehook). */
  reportUnraisable: (error: unknown, culprit: PyObject | null): void => {
    void error;
    void culprit;
  },
  /** Fixes up a stand-in whose object points back at itself (a generator's frame names
   * its owner), and undoes that when the object turns out to be alive. */
  adoptStandIn: (original: PyObjectBase, standIn: PyObjectBase): void => {
    void original;
    void standIn;
  },
  restoreOriginal: (original: PyObjectBase): void => {
    void original;
  },
  /** Runs around each collection with "start" or "stop" (gc.callbacks). */
  notify: (phase: "start" | "stop", collected: number): void => {
    void phase;
    void collected;
  },
};

/** The switches and counters behind the gc module. */
export const collector = {
  enabled: true,
  /** How many more objects than the last collection left may wait for finalisation or
   * callbacks before an automatic collection (gc.get_threshold()[0]). */
  threshold: 700,
  /** Finalisable objects and weak references made since the last collection
   * (gc.get_count()[0]). */
  allocations: 0,
  collections: 0,
  collected: 0,
};

/** How an object is finalised when not by its type's `__del__` (a suspended generator is
 * closed). */
export type Finalizer = (o: PyObjectBase) => void;

/** Objects to finalise not yet finalised, in registration order (held strongly; see above),
 * with their finaliser when it is not `__del__`. */
const finalizable = new Map<PyObjectBase, Finalizer | null>();
const finalized = new WeakSet<object>();
/** Weak references with callbacks, held weakly themselves: a reference that dies before its
 * referent never calls back. */
const watches = new Set<WeakRef<DeathWatch>>();
let collecting = false;
let lastDuration = 0;
let lastEnd = 0;
/** Objects waiting for finalisation or callbacks after the last collection. */
let survivors = 0;
let plainWeakRefs = 0;
const PLAIN_WEAKREF_BATCH = 1000;

/** Automatic collections are spaced by at least this many times their own duration, and
 * by MIN_INTERVAL_MS: a forced full collection also costs V8 optimised code whose objects
 * died (deoptimisations), which measured several times the collection itself. */
const PACING = 100;
/** The most rounds of a thorough collection (gc.collect()). */
const THOROUGH_ROUNDS = 200;
const MIN_INTERVAL_MS = 1000;

/** Called for each new object whose type defines `__del__`, or with `finalizer` for an
 * object finalised otherwise. */
export function registerFinalizable(o: PyObject, finalizer: Finalizer | null = null): void {
  if (typeof o !== "object" || finalized.has(o)) return;
  finalizable.set(o, finalizer);
  noteRegistration();
}

/** Run before each collection and before the finalisation at exit: registers what was
 * kept aside to be registered only if still needed (unawaited.ts's coroutines). */
const beforeCollectionPoint: (() => void)[] = [];

export function onCollectionPoint(fn: () => void): void {
  beforeCollectionPoint.push(fn);
}

function settleDeferred(): void {
  for (const fn of beforeCollectionPoint) fn();
}

/** For an object that no longer needs finalising (a generator that finished). */
export function unregisterFinalizable(o: PyObjectBase): void {
  finalizable.delete(o);
}

/** Moves `o` behind every object registered so far, so that at exit it is finalised after
 * them: a file object's buffer or raw file after the object that wraps it, which
 * reference counting frees first (its finaliser flushes into them). */
export function finalizeAfterOthers(o: PyObjectBase): void {
  const finalizer = finalizable.get(o);
  if (finalizer === undefined) return;
  finalizable.delete(o);
  finalizable.set(o, finalizer);
}

/** Called for each new weak reference; `watch` when it has a callback. */
export function registerWeakReference(watch: DeathWatch | null): void {
  if (watch !== null) {
    watches.add(new WeakRef(watch));
    noteRegistration();
    return;
  }
  collector.allocations++;
  // Every WeakRef keeps its target until V8's kept set is cleared; clearing it is cheap.
  if (++plainWeakRefs >= PLAIN_WEAKREF_BATCH) {
    plainWeakRefs = 0;
    finalizationHooks.releaseWeakTargets?.();
  }
}

// A class made and dropped (a class factory) must be freed like any object.
subclassRefHooks.made = () => registerWeakReference(null);

export function isFinalized(o: PyObject): boolean {
  return typeof o === "object" && finalized.has(o);
}

/** An automatic collection is due once `threshold` more objects wait for finalisation or
 * callbacks than the last collection left: registrations undone since (a generator that
 * finished) do not count, so churn alone does not force collections. */
function noteRegistration(): void {
  collector.allocations++;
  if (finalizable.size + watches.size < survivors + collector.threshold || !collector.enabled || collecting)
    return;
  // A forced collection costs time proportional to the whole heap: pace them.
  if (performance.now() - lastEnd < Math.max(MIN_INTERVAL_MS, PACING * lastDuration)) return;
  collect(false);
}

/**
 * A collection point; returns how many objects were found dead. `thorough` repeats until
 * nothing more dies, since what a dead object's stand-in held is freed only a round later:
 * a chain of n objects with `__del__` takes n rounds (CPython frees it in one), so the
 * bound is generous; each round that goes on has finalised something.
 */
export function collect(thorough: boolean): number {
  if (collecting) return 0;
  collecting = true;
  const start = performance.now();
  let total = 0;
  try {
    finalizationHooks.notify("start", 0);
    for (let round = 0; round < (thorough ? THOROUGH_ROUNDS : 1); round++) {
      const n = collectOnce();
      total += n;
      if (n === 0) break;
    }
  } finally {
    collecting = false;
    collector.allocations = 0;
    collector.collections++;
    collector.collected += total;
    lastEnd = performance.now();
    lastDuration = lastEnd - start;
    survivors = finalizable.size + watches.size;
  }
  finalizationHooks.notify("stop", total);
  return total;
}

function collectOnce(): number {
  const forceGc = finalizationHooks.collectGarbage;
  finalizationHooks.beforeCollect();
  settleDeferred();
  const candidates = forceGc === null ? [] : weakenFinalizable();
  forceGc?.();
  const dead = reclaim(candidates);
  const deadWatches = takeDeadWatches();
  for (const c of dead) runFinalizer(c.standIn, c.finalizer);
  // CPython calls the callbacks of one referent newest first.
  for (let i = deadWatches.length - 1; i >= 0; i--) deadWatches[i]!.died();
  return dead.length + deadWatches.length;
}

function takeDeadWatches(): DeathWatch[] {
  const out: DeathWatch[] = [];
  for (const handle of watches) {
    const w = handle.deref();
    if (w === undefined) watches.delete(handle);
    else if (!w.alive) {
      watches.delete(handle);
      out.push(w);
    }
  }
  return out;
}

interface Candidate {
  readonly ref: WeakRef<PyObjectBase>;
  readonly standIn: PyObjectBase;
  readonly finalizer: Finalizer | null;
}

/** Lets go of the finalizable objects, keeping WeakRefs and stand-ins. A function of its
 * own so that no local of the caller still holds an object during the collection. */
function weakenFinalizable(): Candidate[] {
  const out: Candidate[] = [];
  for (const [o, finalizer] of finalizable)
    out.push({ ref: new WeakRef(o), standIn: standInFor(o), finalizer });
  finalizable.clear();
  return out;
}

/** Stand-in makers by class: an object built by its class's constructor has the same V8
 * hidden class as the original, so code that meets stand-ins stays monomorphic (a generic
 * Object.create copy made the interpreter's generator paths polymorphic and slow). */
const standInMakers = new Map<unknown, (o: PyObjectBase) => PyObjectBase>([
  [PyInstance, (o) => new PyInstance(o.type)],
]);

export function registerStandInMaker<T extends PyObjectBase>(
  cls: abstract new (...args: never[]) => T,
  make: (o: T) => T,
): void {
  standInMakers.set(cls, make as unknown as (o: PyObjectBase) => PyObjectBase);
}

function standInFor(o: PyObjectBase): PyObjectBase {
  const make = standInMakers.get(o.constructor);
  const blank = make !== undefined ? make(o) : (Object.create(Object.getPrototypeOf(o) as object) as object);
  const copy = Object.assign(blank, o);
  shareId(o, copy);
  finalizationHooks.adoptStandIn(o, copy as PyObjectBase);
  return copy as PyObjectBase;
}

/** The candidates whose objects died; the survivors are held again. */
function reclaim(candidates: Candidate[]): Candidate[] {
  const dead: Candidate[] = [];
  for (const c of candidates) {
    const o = c.ref.deref();
    if (o === undefined) dead.push(c);
    else {
      finalizationHooks.restoreOriginal(o);
      finalizable.set(o, c.finalizer);
    }
  }
  return dead;
}

function runFinalizer(o: PyObjectBase, finalizer: Finalizer | null): void {
  finalized.add(o);
  if (finalizer !== null) {
    try {
      finalizer(o);
    } catch (e) {
      finalizationHooks.reportUnraisable(e, o);
    }
    return;
  }
  const del = typeOf(o).lookup("__del__");
  if (del === undefined) return;
  try {
    callWithSelf(del, o, [], null);
  } catch (e) {
    finalizationHooks.reportUnraisable(e, del);
  }
}

/**
 * At exit, CPython's teardown finalises the objects still alive, in an order its cycle
 * collector's lists decide; here every object left with a finaliser is finalised, in
 * creation order.
 */
export function finalizeAll(): void {
  if (collecting) return;
  settleDeferred();
  if (finalizable.size === 0 && watches.size === 0) {
    // Nothing a collection could finalise or call back, and nothing else runs after this to
    // see what it frees: skip the forced full collection (15 ms after `pass`, 40 ms with a
    // million objects alive), telling gc.callbacks as a collection would.
    finalizationHooks.notify("start", 0);
    finalizationHooks.notify("stop", 0);
    return;
  }
  collect(true);
  collecting = true;
  try {
    const rest = [...finalizable];
    finalizable.clear();
    for (const [o, finalizer] of rest) runFinalizer(o, finalizer);
  } finally {
    collecting = false;
  }
}
