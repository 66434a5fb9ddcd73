// The `gc` module over the collection points of src/objects/finalization.ts: collect()
// frees what is unreachable, finalises objects with `__del__` and runs weak reference
// callbacks; enable/disable and the threshold steer the automatic collections. Memory
// itself is V8's: get_objects and the referrer queries see nothing.

import { None } from "../objects/bootstrap.js";
import { PyList } from "../objects/list.js";
import { PyTuple } from "../objects/tuple.js";
import { PyDict } from "../objects/dict.js";
import type { PyObject } from "../objects/object.js";
import { fn } from "./_os_helpers.js";
import { registerNativeModule } from "./registry.js";
import { collect, collector, finalizationHooks, isFinalized } from "../objects/finalization.js";
import { call } from "../objects/call.js";
import { collectRequests } from "../vm/jit_hooks.js";
import { valueError } from "../objects/exceptions.js";
import { index } from "../objects/abstract.js";

registerNativeModule("gc", () => {
  let thresholds: PyObject[] = [collector.threshold, 10, 10];
  let debug: PyObject = 0;
  const callbacks = new PyList([]);
  finalizationHooks.notify = (phase, collected) => {
    if (callbacks.items.length === 0) return;
    const info = new PyDict();
    info.setStr("generation", 2);
    info.setStr("collected", collected);
    info.setStr("uncollectable", 0);
    for (const cb of [...callbacks.items]) call(cb, [phase, info], null);
  };
  const m = "gc";
  const module = Object.fromEntries([
    fn(m, "enable()", () => ((collector.enabled = true), None)),
    fn(m, "disable()", () => ((collector.enabled = false), None)),
    fn(m, "isenabled()", () => collector.enabled),
    fn(m, "collect(generation=?)", (generation) => {
      if (generation !== undefined) {
        const g = Number(index(generation));
        if (g < 0 || g > 2) throw valueError("invalid generation");
      }
      return collect(true);
    }),
    fn(m, "get_count()", () => new PyTuple([collector.allocations, 0, 0])),
    fn(m, "get_threshold()", () => new PyTuple(thresholds.slice())),
    fn(
      m,
      "set_threshold(threshold0, threshold1=?, threshold2=?, /)",
      (a, b, c) => {
        thresholds = [a!, b ?? thresholds[1]!, c ?? thresholds[2]!];
        const t0 = Number(index(a!));
        // CPython: a threshold of 0 turns automatic collection off
        collector.threshold = t0 <= 0 ? Infinity : t0;
        return None;
      },
      "tuple",
    ),
    fn(m, "get_debug()", () => debug),
    fn(m, "set_debug(flags, /)", (f) => ((debug = f!), None)),
    fn(m, "get_objects(generation=None)", () => new PyList([])),
    fn(m, "get_stats()", () => {
      // every collection here is a full one: CPython's oldest generation
      const gen = (collections: number, collected: number) => {
        const d = new PyDict();
        d.setStr("collections", collections);
        d.setStr("collected", collected);
        d.setStr("uncollectable", 0);
        return d;
      };
      return new PyList([gen(0, 0), gen(0, 0), gen(collector.collections, collector.collected)]);
    }),
    fn(m, "get_referrers(*objs)", () => new PyList([])),
    fn(m, "get_referents(*objs)", () => new PyList([])),
    fn(m, "is_tracked(obj, /)", () => true),
    fn(m, "is_finalized(obj, /)", (o) => isFinalized(o!)),
    fn(m, "freeze()", () => None),
    fn(m, "unfreeze()", () => None),
    fn(m, "get_freeze_count()", () => 0),
    ["garbage", new PyList([])],
    ["callbacks", callbacks],
    ["DEBUG_STATS", 1],
    ["DEBUG_COLLECTABLE", 2],
    ["DEBUG_UNCOLLECTABLE", 4],
    ["DEBUG_SAVEALL", 32],
    ["DEBUG_LEAK", 38],
  ]) as Record<string, PyObject>;
  collectRequests.gcCollect = module["collect"];
  return module;
});
