// The `gc` module. Memory is V8's to manage: collect() finds nothing to report, but the
// switches and counters behave as CPython's so that code that toggles or queries the
// collector (tests, timeit) runs unchanged.

import { None } from "../objects/bootstrap.js";
import { PyList } from "../objects/list.js";
import { PyTuple } from "../objects/tuple.js";
import { PyDict } from "../objects/dict.js";
import type { PyObject } from "../objects/object.js";
import { fn } from "./_os_helpers.js";
import { registerNativeModule } from "./registry.js";

registerNativeModule("gc", () => {
  let enabled = true;
  let thresholds: PyObject[] = [700, 10, 10];
  let debug: PyObject = 0;
  const m = "gc";
  return Object.fromEntries([
    fn(m, "enable()", () => ((enabled = true), None)),
    fn(m, "disable()", () => ((enabled = false), None)),
    fn(m, "isenabled()", () => enabled),
    fn(m, "collect(generation=?)", () => 0),
    fn(m, "get_count()", () => new PyTuple([0, 0, 0])),
    fn(m, "get_threshold()", () => new PyTuple(thresholds.slice())),
    fn(m, "set_threshold(threshold0, threshold1=?, threshold2=?, /)", (a, b, c) => {
      thresholds = [a!, b ?? thresholds[1]!, c ?? thresholds[2]!];
      return None;
    }),
    fn(m, "get_debug()", () => debug),
    fn(m, "set_debug(flags, /)", (f) => ((debug = f!), None)),
    fn(m, "get_objects(generation=None)", () => new PyList([])),
    fn(m, "get_stats()", () => {
      const gen = () => {
        const d = new PyDict();
        d.setStr("collections", 0);
        d.setStr("collected", 0);
        d.setStr("uncollectable", 0);
        return d;
      };
      return new PyList([gen(), gen(), gen()]);
    }),
    fn(m, "get_referrers(*objs)", () => new PyList([])),
    fn(m, "get_referents(*objs)", () => new PyList([])),
    fn(m, "is_tracked(obj, /)", () => true),
    fn(m, "is_finalized(obj, /)", () => false),
    fn(m, "freeze()", () => None),
    fn(m, "unfreeze()", () => None),
    fn(m, "get_freeze_count()", () => 0),
    ["garbage", new PyList([])],
    ["callbacks", new PyList([])],
    ["DEBUG_STATS", 1],
    ["DEBUG_COLLECTABLE", 2],
    ["DEBUG_UNCOLLECTABLE", 4],
    ["DEBUG_SAVEALL", 32],
    ["DEBUG_LEAK", 38],
  ]) as Record<string, PyObject>;
});
