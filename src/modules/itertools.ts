// The `itertools` module: every iterator of CPython 3.11's itertools as a native iterator
// type (`nextValue()` for native loops, `__next__` for Python), subclassable as in CPython,
// with its reprs, argument handling, error messages and pickling (itertools_base.ts). This
// file holds the simple iterators; groupby and tee, and the combinatoric iterators, have
// files of their own.

import { listType, None } from "../objects/bootstrap.js";
import { call } from "../objects/call.js";
import {
  BinaryOp,
  binaryOp,
  callMethod,
  getIter,
  isTrue,
  iterNext,
  reprJS,
  toArray,
} from "../objects/abstract.js";
import { isException, typeError, valueError } from "../objects/exceptions.js";
import { defineClassMethods, defineMethods, type KwNames, type MethodCall } from "../objects/function.js";
import { defineClassGetItem } from "../objects/iterators.js";
import { asIndex, intAdd, intValue, normalise, SSIZE_MAX } from "../objects/int.js";
import { PyList } from "../objects/list.js";
import { typeOf, type PyObject } from "../objects/object.js";
import { isFloat } from "../objects/float.js";
import { strFromJS } from "../objects/str.js";
import { emptyTuple, newTuple, PyTuple } from "../objects/tuple.js";
import type { PyType } from "../objects/type.js";
import { noArgs, oneArg } from "../objects/str_args.js";
import { registerNativeModule } from "./registry.js";
import { clinic, unpack } from "../objects/arg_clinic.js";
import { adopt, checkArgCount, noKeywordsFor, parseKw, splitArgs } from "./itertools_helpers.js";
import {
  declare,
  declared,
  ItIter,
  M,
  reprOf,
  ssizeArg,
  stateArgOfType,
  stateCInt,
  stateItems,
  stateSsize,
  tuple,
} from "./itertools_base.js";
import { grouperType, tee, teeDataType } from "./itertools_groupby_tee.js";
import "./itertools_combinatoric.js";

function isNumber(o: PyObject): boolean {
  if (typeof o === "number" || typeof o === "bigint" || typeof o === "boolean" || isFloat(o)) return true;
  const t = typeOf(o);
  return (
    t.lookup("__index__") !== undefined ||
    t.lookup("__int__") !== undefined ||
    t.lookup("__float__") !== undefined ||
    t.name === "complex"
  );
}

// ---- count ----

/** CPython counts in a C ssize_t while the start is an int and the step an int equal to 1
 * ("fast mode"); anything else, or a count that reaches sys.maxsize, adds with `+`. The
 * mode shows: fast mode yields plain ints (`count(True)` gives 1, 2...) and its repr and
 * `__reduce__` leave the step out. */
class Count extends ItIter {
  constructor(
    type: PyType,
    public cnt: PyObject,
    readonly step: PyObject,
    public fast: boolean,
  ) {
    super(type);
  }
  nextValue(): PyObject {
    const v = this.cnt;
    if (this.fast) {
      const n = intAdd(v as number | bigint, 1);
      this.cnt = n;
      if (typeof n === "bigint" && n === SSIZE_MAX) this.fast = false;
      return v;
    }
    const s = this.step;
    if ((typeof v === "number" || typeof v === "bigint") && (typeof s === "number" || typeof s === "bigint"))
      this.cnt = intAdd(v, s);
    else this.cnt = binaryOp(v, s, BinaryOp.Add);
    return v;
  }
}

function isIntOne(o: PyObject): boolean {
  return intValue(o) === 1;
}

const countType = declare("count", (cls, args, kwnames) => {
  const [start, step = 1] = parseKw("count", args, kwnames, ["start", "step"], 0);
  if ((start !== undefined && !isNumber(start)) || !isNumber(step)) throw typeError("a number is required");
  if (start === undefined) return new Count(cls, 0, step, isIntOne(step));
  const n = intValue(start);
  const fast = n !== undefined && n < SSIZE_MAX && n >= -SSIZE_MAX - 1n && isIntOne(step);
  return new Count(cls, fast ? n : start, step, fast);
});
defineMethods(countType, {
  __repr__(self) {
    const c = self as Count;
    if (c.fast || isIntOne(c.step)) return reprOf(self, reprJS(c.cnt));
    return reprOf(self, `${reprJS(c.cnt)}, ${reprJS(c.step)}`);
  },
  __reduce__(self, args, kwnames) {
    noArgs("count.__reduce__", args, kwnames);
    const c = self as Count;
    return tuple(typeOf(self), c.fast ? tuple(c.cnt) : tuple(c.cnt, c.step));
  },
});

// ---- cycle ----

/** `saved` is a Python list because `__reduce__` hands it out and `__setstate__` takes one.
 * `firstpass` is CPython's flag, true when the items still to come from `it` are already
 * in `saved` (a state restored mid-cycle), so they are not saved twice. */
class Cycle extends ItIter {
  saved = new PyList();
  index = 0;
  firstpass = false;
  constructor(
    type: PyType,
    public it: PyObject | null,
  ) {
    super(type);
  }
  nextValue(): PyObject | undefined {
    if (this.it !== null) {
      const v = iterNext(this.it);
      if (v !== undefined) {
        if (!this.firstpass) this.saved.items.push(v);
        return v;
      }
      this.it = null;
    }
    const saved = this.saved.items;
    if (saved.length === 0) return undefined;
    // The list is shared with whoever took `__reduce__`'s state and may have shrunk.
    if (this.index >= saved.length) this.index = 0;
    const v = saved[this.index++]!;
    if (this.index >= saved.length) this.index = 0;
    return v;
  }
}

const cycleType = declare("cycle", (cls, args, kwnames) => {
  noKeywordsFor("cycle", cls, cycleType, kwnames);
  const { pos } = splitArgs(args, kwnames);
  checkArgCount("cycle", pos.length, 1, 1);
  return new Cycle(cls, getIter(pos[0]!));
});
defineMethods(cycleType, {
  __reduce__(self, args, kwnames) {
    noArgs("cycle.__reduce__", args, kwnames);
    const c = self as Cycle;
    if (c.it !== null) return tuple(typeOf(self), tuple(c.it), tuple(c.saved, c.firstpass));
    // Exhausted input: the rest of the cycle is an iterator over the saved items.
    const it = getIter(c.saved);
    if (c.index !== 0) callMethod(it, "__setstate__", [c.index]);
    return tuple(typeOf(self), tuple(it), tuple(c.saved, true));
  },
  __setstate__(self, args, kwnames) {
    const [saved, firstpass] = stateItems(oneArg("cycle.__setstate__", args, kwnames), 2, 2);
    stateArgOfType(saved!, 1, listType);
    const c = self as Cycle;
    c.firstpass = stateCInt(firstpass!) !== 0;
    c.saved = saved as PyList;
    c.index = 0;
    return None;
  },
});

// ---- repeat ----

class Repeat extends ItIter {
  constructor(
    type: PyType,
    readonly element: PyObject,
    /** Items left, or -1 for ever. */
    public cnt: number | bigint,
  ) {
    super(type);
  }
  nextValue(): PyObject | undefined {
    const n = this.cnt;
    if (n === 0) return undefined;
    if (typeof n === "bigint") this.cnt = normalise(n - 1n);
    else if (n > 0) this.cnt = n - 1;
    return this.element;
  }
}

const repeatType = declare("repeat", (cls, args, kwnames) => {
  const [element, times] = parseKw("repeat", args, kwnames, ["object", "times"], 1);
  let cnt: number | bigint = -1;
  if (times !== undefined) {
    cnt = ssizeArg(times);
    if (cnt < 0) cnt = 0;
  }
  return new Repeat(cls, element!, cnt);
});
defineMethods(repeatType, {
  __repr__(self) {
    const r = self as Repeat;
    return reprOf(self, r.cnt < 0 ? reprJS(r.element) : `${reprJS(r.element)}, ${r.cnt}`);
  },
  __length_hint__(self) {
    const r = self as Repeat;
    if (r.cnt < 0) throw typeError("len() of unsized object");
    return r.cnt;
  },
  __reduce__(self, args, kwnames) {
    noArgs("repeat.__reduce__", args, kwnames);
    const r = self as Repeat;
    return tuple(typeOf(self), r.cnt < 0 ? tuple(r.element) : tuple(r.element, r.cnt));
  },
});

// ---- accumulate ----

class Accumulate extends ItIter {
  total: PyObject | undefined = undefined;
  constructor(
    type: PyType,
    public it: PyObject,
    readonly func: PyObject,
    /** None when there is none (or it was yielded already). */
    public initial: PyObject,
  ) {
    super(type);
  }
  nextValue(): PyObject | undefined {
    if (this.initial !== None) {
      this.total = this.initial;
      this.initial = None;
      return this.total;
    }
    const v = iterNext(this.it);
    if (v === undefined) return undefined;
    if (this.total === undefined) this.total = v;
    else if (this.func === None) this.total = binaryOp(this.total, v, BinaryOp.Add);
    else this.total = call(this.func, [this.total, v], null);
    return this.total;
  }
}

const accumulateSig = clinic("accumulate(iterable, func=?, *, initial=?)");

const accumulateType = declare("accumulate", (cls, args, kwnames) => {
  const [iterable, func = None, initial = None] = unpack(accumulateSig, args, kwnames);
  return new Accumulate(cls, getIter(iterable!), func, initial);
});
defineMethods(accumulateType, {
  // A pending initial value, or a total of None (which `__setstate__` could not tell from
  // "no total yet"), is put back in front of the input with chain().
  __reduce__(self, args, kwnames) {
    noArgs("accumulate.__reduce__", args, kwnames);
    const a = self as Accumulate;
    const type = typeOf(self);
    if (a.initial !== None) return tuple(type, tuple(chainOf(a.initial, a.it), a.func), None);
    if (a.total === None) {
      const again = call(type, [chainOf(None, a.it), a.func], null);
      return tuple(isliceType, tuple(again, 1, None));
    }
    return tuple(type, tuple(a.it, a.func), a.total ?? None);
  },
  __setstate__(self, args, kwnames) {
    (self as Accumulate).total = oneArg("accumulate.__setstate__", args, kwnames);
    return None;
  },
});

// ---- chain ----

class Chain extends ItIter {
  constructor(
    type: PyType,
    public source: PyObject | null,
    public active: PyObject | null = null,
  ) {
    super(type);
  }
  nextValue(): PyObject | undefined {
    while (this.source !== null) {
      if (this.active === null) {
        const next = iterNext(this.source);
        if (next === undefined) {
          this.source = null;
          return undefined;
        }
        try {
          this.active = getIter(next);
        } catch (e) {
          this.source = null;
          throw e;
        }
      }
      const v = iterNext(this.active);
      if (v !== undefined) return v;
      this.active = null;
    }
    return undefined;
  }
}

const chainType = declare("chain", (cls, args, kwnames) => {
  noKeywordsFor("chain", cls, chainType, kwnames);
  return new Chain(cls, getIter(new PyTuple(splitArgs(args, kwnames).pos)));
});

/** `chain((first,), rest)`, as accumulate's `__reduce__` builds it. */
function chainOf(first: PyObject, rest: PyObject): PyObject {
  return new Chain(chainType, getIter(tuple(tuple(first), rest)));
}

function isIterator(o: PyObject): boolean {
  return typeOf(o).lookup("__next__") !== undefined;
}

defineClassMethods(chainType, {
  from_iterable: (cls, args, kwnames) => {
    const iterable = oneArg("chain.from_iterable", args, kwnames);
    return adopt(new Chain(cls as PyType, getIter(iterable)), cls as PyType);
  },
});
defineMethods(chainType, {
  // The source is restored by `__setstate__`, not the constructor: chain.from_iterable
  // (a bound class method) was not picklable when this format was fixed.
  __reduce__(self, args, kwnames) {
    noArgs("chain.__reduce__", args, kwnames);
    const c = self as Chain;
    const type = typeOf(self);
    if (c.source === null) return tuple(type, emptyTuple);
    return tuple(type, emptyTuple, c.active === null ? tuple(c.source) : tuple(c.source, c.active));
  },
  __setstate__(self, args, kwnames) {
    const [source, active] = stateItems(oneArg("chain.__setstate__", args, kwnames), 1, 2);
    if (!isIterator(source!) || (active !== undefined && !isIterator(active)))
      throw typeError("Arguments must be iterators.");
    const c = self as Chain;
    c.source = source!;
    c.active = active ?? null;
    return None;
  },
});
defineClassGetItem(chainType);

// ---- compress, dropwhile, takewhile, filterfalse, starmap, pairwise ----

class Compress extends ItIter {
  constructor(
    type: PyType,
    readonly data: PyObject,
    readonly selectors: PyObject,
  ) {
    super(type);
  }
  nextValue(): PyObject | undefined {
    for (;;) {
      const d = iterNext(this.data);
      if (d === undefined) return undefined;
      const s = iterNext(this.selectors);
      if (s === undefined) return undefined;
      if (isTrue(s)) return d;
    }
  }
}

const compressType = declare("compress", (cls, args, kwnames) => {
  const [data, selectors] = parseKw("compress", args, kwnames, ["data", "selectors"], 2);
  return new Compress(cls, getIter(data!), getIter(selectors!));
});
defineMethods(compressType, {
  __reduce__(self, args, kwnames) {
    noArgs("compress.__reduce__", args, kwnames);
    const c = self as Compress;
    return tuple(typeOf(self), tuple(c.data, c.selectors));
  },
});

function predicateArgs(name: string, cls: PyType, base: () => PyType, args: PyObject[], kwnames: KwNames) {
  noKeywordsFor(name, cls, base(), kwnames);
  const { pos } = splitArgs(args, kwnames);
  checkArgCount(name, pos.length, 2, 2);
  return [pos[0]!, getIter(pos[1]!)] as const;
}

/** The iterators over a function and an input: dropwhile, takewhile, filterfalse, starmap. */
abstract class FuncIter extends ItIter {
  constructor(
    type: PyType,
    readonly func: PyObject,
    readonly it: PyObject,
  ) {
    super(type);
  }
}

/** `__reduce__` of a FuncIter: `(type, (func, it))`, then the flag if it has one. */
function reduceFuncIter(name: string, flag?: (self: PyObject) => boolean): Record<string, MethodCall> {
  return {
    __reduce__(self, args, kwnames) {
      noArgs(`${name}.__reduce__`, args, kwnames);
      const f = self as FuncIter;
      const type = typeOf(self);
      const ctorArgs = tuple(f.func, f.it);
      return flag === undefined ? tuple(type, ctorArgs) : tuple(type, ctorArgs, flag(self) ? 1 : 0);
    },
  };
}

class DropWhile extends FuncIter {
  /** CPython's `start`: the predicate failed once, so everything passes from now on. */
  start = false;
  nextValue(): PyObject | undefined {
    for (;;) {
      const v = iterNext(this.it);
      if (v === undefined) return undefined;
      if (this.start) return v;
      if (!isTrue(call(this.func, [v], null))) {
        this.start = true;
        return v;
      }
    }
  }
}

const dropwhileType: PyType = declare("dropwhile", (cls, args, kwnames) => {
  const [p, it] = predicateArgs("dropwhile", cls, () => dropwhileType, args, kwnames);
  return new DropWhile(cls, p, it);
});
defineMethods(dropwhileType, {
  ...reduceFuncIter("dropwhile", (self) => (self as DropWhile).start),
  __setstate__(self, args, kwnames) {
    (self as DropWhile).start = isTrue(oneArg("dropwhile.__setstate__", args, kwnames));
    return None;
  },
});

class TakeWhile extends FuncIter {
  stop = false;
  nextValue(): PyObject | undefined {
    if (this.stop) return undefined;
    const v = iterNext(this.it);
    if (v === undefined) return undefined;
    if (isTrue(call(this.func, [v], null))) return v;
    this.stop = true;
    return undefined;
  }
}

const takewhileType: PyType = declare("takewhile", (cls, args, kwnames) => {
  const [p, it] = predicateArgs("takewhile", cls, () => takewhileType, args, kwnames);
  return new TakeWhile(cls, p, it);
});
defineMethods(takewhileType, {
  ...reduceFuncIter("takewhile", (self) => (self as TakeWhile).stop),
  __setstate__(self, args, kwnames) {
    (self as TakeWhile).stop = isTrue(oneArg("takewhile.__setstate__", args, kwnames));
    return None;
  },
});

class FilterFalse extends FuncIter {
  nextValue(): PyObject | undefined {
    for (;;) {
      const v = iterNext(this.it);
      if (v === undefined) return undefined;
      const ok = this.func === None ? isTrue(v) : isTrue(call(this.func, [v], null));
      if (!ok) return v;
    }
  }
}

const filterfalseType: PyType = declare("filterfalse", (cls, args, kwnames) => {
  const [p, it] = predicateArgs("filterfalse", cls, () => filterfalseType, args, kwnames);
  return new FilterFalse(cls, p, it);
});
defineMethods(filterfalseType, reduceFuncIter("filterfalse"));

class StarMap extends FuncIter {
  nextValue(): PyObject | undefined {
    const v = iterNext(this.it);
    if (v === undefined) return undefined;
    const args = v instanceof PyTuple ? v.items.slice() : toArray(v);
    return call(this.func, args, null);
  }
}

const starmapType: PyType = declare("starmap", (cls, args, kwnames) => {
  const [f, it] = predicateArgs("starmap", cls, () => starmapType, args, kwnames);
  return new StarMap(cls, f, it);
});
defineMethods(starmapType, reduceFuncIter("starmap"));

/** pairwise does not pickle in 3.11. The input may call back into the pairwise object
 * (gh-109786): each step keeps its own `old` and looks at `it` again after a call. */
class Pairwise extends ItIter {
  old: PyObject | undefined = undefined;
  constructor(
    type: PyType,
    public it: PyObject | null,
  ) {
    super(type);
  }
  nextValue(): PyObject | undefined {
    let it = this.it;
    if (it === null) return undefined;
    let old = this.old;
    if (old === undefined) {
      old = this.old = iterNext(it);
      if (old === undefined) {
        this.it = null;
        return undefined;
      }
      it = this.it;
      if (it === null) {
        this.old = undefined;
        return undefined;
      }
    }
    const v = iterNext(it);
    if (v === undefined) {
      this.it = null;
      this.old = undefined;
      return undefined;
    }
    this.old = v;
    return new PyTuple([old, v]);
  }
}

const pairwiseType: PyType = declare("pairwise", (cls, args, kwnames) => {
  noKeywordsFor("pairwise", cls, pairwiseType, kwnames);
  const { pos } = splitArgs(args, kwnames);
  checkArgCount("pairwise", pos.length, 1, 1);
  return new Pairwise(cls, getIter(pos[0]!));
});

// ---- islice ----

/** `PyNumber_AsSsize_t` with its error cleared, as islice's constructor does: -1 (which
 * is then rejected) for anything that is not an index in the C ssize_t range. */
function sliceArg(v: PyObject): number | bigint {
  try {
    const n = asIndex(v);
    return typeof n === "bigint" && (n > SSIZE_MAX || n < -SSIZE_MAX - 1n) ? -1 : n;
  } catch (e) {
    if (isException(e)) return -1;
    throw e;
  }
}

const STOP_MSG = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
const INDEX_MSG = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
const STEP_MSG = "Step for islice() must be a positive integer or None.";

function stopArg(v: PyObject): number | bigint {
  if (v === None) return -1;
  const n = sliceArg(v);
  if (n === -1) throw valueError(STOP_MSG);
  return n;
}

/** The bounds are exact ints up to sys.maxsize, since `__reduce__` shows them; `stop` is
 * -1 for None. `cnt` counts the items taken from the input. */
class ISlice extends ItIter {
  cnt = 0;
  constructor(
    type: PyType,
    public it: PyObject | null,
    public next: number | bigint,
    readonly stop: number | bigint,
    readonly step: number | bigint,
  ) {
    super(type);
  }
  nextValue(): PyObject | undefined {
    const it = this.it;
    if (it === null) return undefined;
    while (this.cnt < this.next) {
      if (iterNext(it) === undefined) return this.empty();
      this.cnt++;
    }
    const stop = this.stop;
    if (stop !== -1 && this.cnt >= stop) return this.empty();
    const v = iterNext(it);
    if (v === undefined) return this.empty();
    this.cnt++;
    const next = intAdd(this.next, this.step);
    // CPython's C addition wraps past sys.maxsize, which it catches and stops at `stop`.
    this.next = next > SSIZE_MAX || (stop !== -1 && next > stop) ? stop : next;
    return v;
  }
  private empty(): undefined {
    this.it = null;
    return undefined;
  }
}

const isliceType: PyType = declare("islice", (cls, args, kwnames) => {
  noKeywordsFor("islice", cls, isliceType, kwnames);
  const { pos } = splitArgs(args, kwnames);
  checkArgCount("islice", pos.length, 2, 4);
  let start: number | bigint = 0,
    stop: number | bigint = -1,
    step: number | bigint = 1;
  if (pos.length === 2) stop = stopArg(pos[1]!);
  else {
    if (pos[1] !== None) start = sliceArg(pos[1]!);
    stop = stopArg(pos[2]!);
  }
  if (start < 0 || stop < -1) throw valueError(INDEX_MSG);
  if (pos.length === 4 && pos[3] !== None) step = sliceArg(pos[3]!);
  if (step < 1) throw valueError(STEP_MSG);
  return new ISlice(cls, getIter(pos[0]!), start, stop, step);
});
defineMethods(isliceType, {
  // A new islice with the same bounds, then `__setstate__` with the count taken so far.
  __reduce__(self, args, kwnames) {
    noArgs("islice.__reduce__", args, kwnames);
    const s = self as ISlice;
    const type = typeOf(self);
    if (s.it === null) return tuple(type, tuple(getIter(new PyList()), 0), 0);
    const stop = s.stop === -1 ? None : s.stop;
    return tuple(type, tuple(s.it, s.next, stop, s.step), s.cnt);
  },
  __setstate__(self, args, kwnames) {
    (self as ISlice).cnt = stateSsize(oneArg("islice.__setstate__", args, kwnames));
    return None;
  },
});

// ---- zip_longest ----

class ZipLongest extends ItIter {
  active: number;
  constructor(
    type: PyType,
    /** The inputs, null where one is exhausted (except the last one to end). */
    readonly its: (PyObject | null)[],
    public fill: PyObject,
  ) {
    super(type);
    this.active = its.length;
  }
  nextValue(): PyObject | undefined {
    const its = this.its;
    if (its.length === 0 || this.active === 0) return undefined;
    const out = new Array<PyObject>(its.length);
    for (let i = 0; i < its.length; i++) {
      const it = its[i]!;
      out[i] = it === null ? this.fill : this.nextOf(it, i);
      if (this.active === 0) return undefined;
    }
    return new PyTuple(out);
  }
  /** The next item of input i, or the fill value; an error ends the zip_longest too. */
  private nextOf(it: PyObject, i: number): PyObject {
    let v: PyObject | undefined;
    try {
      v = iterNext(it);
    } catch (e) {
      this.active = 0;
      throw e;
    }
    if (v !== undefined) return v;
    if (--this.active > 0) this.its[i] = null;
    return this.fill;
  }
}

const zipLongestType = declare("zip_longest", (cls, args, kwnames) => {
  const { pos, kw } = splitArgs(args, kwnames);
  let fill: PyObject = None;
  if (kw.length > 0) {
    if (kw.length !== 1 || kw[0]![0] !== "fillvalue")
      throw typeError("zip_longest() got an unexpected keyword argument");
    fill = kw[0]![1];
  }
  return new ZipLongest(
    cls,
    pos.map((p) => getIter(p)),
    fill,
  );
});
defineMethods(zipLongestType, {
  // Exhausted inputs are pickled as empty tuples, the fill value as the state.
  __reduce__(self, args, kwnames) {
    noArgs("zip_longest.__reduce__", args, kwnames);
    const z = self as ZipLongest;
    return tuple(typeOf(self), newTuple(z.its.map((it) => it ?? emptyTuple)), z.fill);
  },
  __setstate__(self, args, kwnames) {
    (self as ZipLongest).fill = oneArg("zip_longest.__setstate__", args, kwnames);
    return None;
  },
});

registerNativeModule(M, () => {
  const ns: Record<string, PyObject> = { tee, _grouper: grouperType, _tee_dataobject: teeDataType };
  for (const [name, t] of declared) ns[name] = t;
  ns["__doc__"] = strFromJS("Functional tools for creating and using iterators.");
  return ns;
});
