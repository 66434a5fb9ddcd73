// The `itertools` module: every iterator of CPython 3.11's itertools as a native iterator
// type (`nextValue()` for native loops, `__next__` for Python), subclassable as in CPython,
// with its reprs, argument handling and error messages. The combinatoric iterators keep
// index arrays over a tuple of the pool and advance them in place (lexicographic order, as
// documented), so each step allocates only the result tuple.

import { None } from "../objects/bootstrap.js";
import { call } from "../objects/call.js";
import {
  BinaryOp,
  binaryOp,
  callMethod,
  CompareOp,
  getAttrOpt,
  getIter,
  index,
  isTrue,
  iterNext,
  reprJS,
  richCompareBool,
  toArray,
} from "../objects/abstract.js";
import { typeError, valueError } from "../objects/exceptions.js";
import { builtinFunction, defineClassMethods, defineMethods, type KwNames } from "../objects/function.js";
import { defineClassGetItem, defineNew, type NativeIter } from "../objects/iterators.js";
import { intAdd, SSIZE_MAX } from "../objects/int.js";
import { typeOf, type AttributeDict, type PyObject } from "../objects/object.js";
import { isFloat } from "../objects/float.js";
import { strFromJS } from "../objects/str.js";
import { PyTuple } from "../objects/tuple.js";
import type { PyType } from "../objects/type.js";
import { registerNativeModule } from "./registry.js";
import { clinic, unpack } from "../objects/arg_clinic.js";
import {
  adopt,
  checkArgCount,
  moduleIterType,
  noKeywordsFor,
  parseKw,
  shortTypeName,
  splitArgs,
} from "./itertools_helpers.js";

const M = "itertools";

/** Base of the iterator objects: a type (possibly a Python subclass) and its dict. */
abstract class ItIter implements NativeIter {
  dict: AttributeDict | null = null;
  constructor(public type: PyType) {}
  abstract nextValue(): PyObject | undefined;
}

/** Every public type, by name, for the module namespace. */
const declared = new Map<string, PyType>();

function declare<T extends ItIter>(
  name: string,
  make: (cls: PyType, args: PyObject[], kwnames: KwNames) => T,
  subclassable = true,
): PyType {
  const t = moduleIterType(M, name, subclassable);
  defineNew(t, (cls, args, kwnames) => adopt(make(cls, args, kwnames), cls));
  declared.set(name, t);
  return t;
}

function reprOf(self: PyObject, body: string): PyObject {
  return strFromJS(`${shortTypeName(typeOf(self))}(${body})`);
}

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

class Count extends ItIter {
  constructor(
    type: PyType,
    public cnt: PyObject,
    readonly step: PyObject,
  ) {
    super(type);
  }
  nextValue(): PyObject {
    const v = this.cnt;
    const s = this.step;
    if ((typeof v === "number" || typeof v === "bigint") && (typeof s === "number" || typeof s === "bigint"))
      this.cnt = intAdd(v, s);
    else this.cnt = binaryOp(v, s, BinaryOp.Add);
    return v;
  }
}

const countType = declare("count", (cls, args, kwnames) => {
  const [start = 0, step = 1] = parseKw("count", args, kwnames, ["start", "step"], 0);
  if (!isNumber(start) || !isNumber(step)) throw typeError("a number is required");
  return new Count(cls, start, step);
});
defineMethods(countType, {
  __repr__(self) {
    const c = self as Count;
    const s = c.step;
    if (s === 1) return reprOf(self, reprJS(c.cnt));
    return reprOf(self, `${reprJS(c.cnt)}, ${reprJS(s)}`);
  },
});

// ---- cycle ----

class Cycle extends ItIter {
  saved: PyObject[] = [];
  index = 0;
  firstPass = true;
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
        if (this.firstPass) this.saved.push(v);
        return v;
      }
      this.it = null;
      this.firstPass = false;
    }
    if (this.saved.length === 0) return undefined;
    const v = this.saved[this.index]!;
    this.index = (this.index + 1) % this.saved.length;
    return v;
  }
}

const cycleType = declare("cycle", (cls, args, kwnames) => {
  noKeywordsFor("cycle", cls, cycleType, kwnames);
  const { pos } = splitArgs(args, kwnames);
  checkArgCount("cycle", pos.length, 1, 1);
  return new Cycle(cls, getIter(pos[0]!));
});

// ---- repeat ----

class Repeat extends ItIter {
  constructor(
    type: PyType,
    readonly element: PyObject,
    public cnt: number,
  ) {
    super(type);
  }
  nextValue(): PyObject | undefined {
    if (this.cnt === 0) return undefined;
    if (this.cnt > 0) this.cnt--;
    return this.element;
  }
}

const repeatType = declare("repeat", (cls, args, kwnames) => {
  const [element, times] = parseKw("repeat", args, kwnames, ["object", "times"], 1);
  let cnt = -1;
  if (times !== undefined) {
    const n = index(times);
    cnt = typeof n === "bigint" ? (n < 0n ? 0 : Number.MAX_SAFE_INTEGER) : Math.max(0, n);
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
});

// ---- accumulate ----

class Accumulate extends ItIter {
  total: PyObject | undefined = undefined;
  constructor(
    type: PyType,
    public it: PyObject,
    readonly func: PyObject,
    public initial: PyObject | undefined,
  ) {
    super(type);
  }
  nextValue(): PyObject | undefined {
    if (this.initial !== undefined) {
      this.total = this.initial;
      this.initial = undefined;
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

declare("accumulate", (cls, args, kwnames) => {
  const [iterable, func = None, initial = None] = unpack(accumulateSig, args, kwnames);
  return new Accumulate(cls, getIter(iterable!), func, initial === None ? undefined : initial);
});

// ---- chain ----

class Chain extends ItIter {
  active: PyObject | null = null;
  constructor(
    type: PyType,
    public source: PyObject | null,
  ) {
    super(type);
  }
  nextValue(): PyObject | undefined {
    for (;;) {
      if (this.active === null) {
        if (this.source === null) return undefined;
        const next = iterNext(this.source);
        if (next === undefined) {
          this.source = null;
          return undefined;
        }
        this.active = getIter(next);
      }
      const v = iterNext(this.active);
      if (v !== undefined) return v;
      this.active = null;
    }
  }
}

const chainType = declare("chain", (cls, args, kwnames) => {
  noKeywordsFor("chain", cls, chainType, kwnames);
  return new Chain(cls, getIter(new PyTuple(splitArgs(args, kwnames).pos)));
});
defineClassMethods(chainType, {
  from_iterable: (cls, args) => {
    checkArgCount("from_iterable", args.length, 1, 1);
    return adopt(new Chain(cls as PyType, getIter(args[0]!)), cls as PyType);
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

declare("compress", (cls, args, kwnames) => {
  const [data, selectors] = parseKw("compress", args, kwnames, ["data", "selectors"], 2);
  return new Compress(cls, getIter(data!), getIter(selectors!));
});

function predicateArgs(name: string, cls: PyType, base: () => PyType, args: PyObject[], kwnames: KwNames) {
  noKeywordsFor(name, cls, base(), kwnames);
  const { pos } = splitArgs(args, kwnames);
  checkArgCount(name, pos.length, 2, 2);
  return [pos[0]!, getIter(pos[1]!)] as const;
}

class DropWhile extends ItIter {
  dropping = true;
  constructor(
    type: PyType,
    readonly pred: PyObject,
    readonly it: PyObject,
  ) {
    super(type);
  }
  nextValue(): PyObject | undefined {
    for (;;) {
      const v = iterNext(this.it);
      if (v === undefined) return undefined;
      if (!this.dropping) return v;
      if (!isTrue(call(this.pred, [v], null))) {
        this.dropping = false;
        return v;
      }
    }
  }
}

const dropwhileType: PyType = declare("dropwhile", (cls, args, kwnames) => {
  const [p, it] = predicateArgs("dropwhile", cls, () => dropwhileType, args, kwnames);
  return new DropWhile(cls, p, it);
});

class TakeWhile extends ItIter {
  stopped = false;
  constructor(
    type: PyType,
    readonly pred: PyObject,
    readonly it: PyObject,
  ) {
    super(type);
  }
  nextValue(): PyObject | undefined {
    if (this.stopped) return undefined;
    const v = iterNext(this.it);
    if (v === undefined) return undefined;
    if (isTrue(call(this.pred, [v], null))) return v;
    this.stopped = true;
    return undefined;
  }
}

const takewhileType: PyType = declare("takewhile", (cls, args, kwnames) => {
  const [p, it] = predicateArgs("takewhile", cls, () => takewhileType, args, kwnames);
  return new TakeWhile(cls, p, it);
});

class FilterFalse extends ItIter {
  constructor(
    type: PyType,
    readonly pred: PyObject,
    readonly it: PyObject,
  ) {
    super(type);
  }
  nextValue(): PyObject | undefined {
    for (;;) {
      const v = iterNext(this.it);
      if (v === undefined) return undefined;
      const ok = this.pred === None ? isTrue(v) : isTrue(call(this.pred, [v], null));
      if (!ok) return v;
    }
  }
}

const filterfalseType: PyType = declare("filterfalse", (cls, args, kwnames) => {
  const [p, it] = predicateArgs("filterfalse", cls, () => filterfalseType, args, kwnames);
  return new FilterFalse(cls, p, it);
});

class StarMap extends ItIter {
  constructor(
    type: PyType,
    readonly func: PyObject,
    readonly it: PyObject,
  ) {
    super(type);
  }
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

class Pairwise extends ItIter {
  old: PyObject | undefined = undefined;
  constructor(
    type: PyType,
    public it: PyObject | null,
  ) {
    super(type);
  }
  nextValue(): PyObject | undefined {
    if (this.it === null) return undefined;
    if (this.old === undefined) {
      this.old = iterNext(this.it);
      if (this.old === undefined) {
        this.it = null;
        return undefined;
      }
    }
    const v = iterNext(this.it);
    if (v === undefined) {
      this.it = null;
      this.old = undefined;
      return undefined;
    }
    const r = new PyTuple([this.old, v]);
    this.old = v;
    return r;
  }
}

const pairwiseType: PyType = declare("pairwise", (cls, args, kwnames) => {
  noKeywordsFor("pairwise", cls, pairwiseType, kwnames);
  const { pos } = splitArgs(args, kwnames);
  checkArgCount("pairwise", pos.length, 1, 1);
  return new Pairwise(cls, getIter(pos[0]!));
});

// ---- groupby ----

class GroupBy extends ItIter {
  tgtkey: PyObject | undefined = undefined;
  currkey: PyObject | undefined = undefined;
  currvalue: PyObject | undefined = undefined;
  currgrouper: Grouper | null = null;
  constructor(
    type: PyType,
    readonly it: PyObject,
    readonly keyfunc: PyObject,
  ) {
    super(type);
  }
  step(): boolean {
    const v = iterNext(this.it);
    if (v === undefined) return false;
    const k = this.keyfunc === None ? v : call(this.keyfunc, [v], null);
    this.currvalue = v;
    this.currkey = k;
    return true;
  }
  nextValue(): PyObject | undefined {
    this.currgrouper = null;
    for (;;) {
      if (this.currkey !== undefined) {
        if (this.tgtkey === undefined) break;
        if (!richCompareBool(this.tgtkey, this.currkey, CompareOp.Eq)) break;
      }
      if (!this.step()) return undefined;
    }
    this.tgtkey = this.currkey;
    const g = new Grouper(this, this.tgtkey!);
    this.currgrouper = g;
    return new PyTuple([this.currkey!, g]);
  }
}

declare("groupby", (cls, args, kwnames) => {
  const [iterable, key = None] = parseKw("groupby", args, kwnames, ["iterable", "key"], 1);
  return new GroupBy(cls, getIter(iterable!), key);
});

class Grouper extends ItIter {
  constructor(
    readonly parent: GroupBy,
    readonly tgtkey: PyObject,
  ) {
    super(grouperType);
  }
  nextValue(): PyObject | undefined {
    const gbo = this.parent;
    if (gbo.currgrouper !== this) return undefined;
    if (gbo.currvalue === undefined && !gbo.step()) return undefined;
    if (!richCompareBool(this.tgtkey, gbo.currkey!, CompareOp.Eq)) return undefined;
    const r = gbo.currvalue!;
    gbo.currvalue = undefined;
    return r;
  }
}

const grouperType = moduleIterType(M, "_grouper", false);

// ---- islice ----

function sliceIndex(v: PyObject | undefined, msg: string): number {
  if (v === undefined || v === None) return -1;
  let n: number | bigint;
  if (typeof v === "number") n = v;
  else if (typeof v === "bigint" || typeof v === "boolean" || typeOf(v).lookup("__index__") !== undefined)
    n = index(v);
  else throw valueError(msg);
  if (typeof n === "bigint") {
    if (n < 0n || n > SSIZE_MAX) throw valueError(msg);
    return Number.MAX_SAFE_INTEGER;
  }
  if (n < 0) throw valueError(msg);
  return n;
}

class ISlice extends ItIter {
  cnt = 0;
  constructor(
    type: PyType,
    public it: PyObject | null,
    public next: number,
    readonly stop: number,
    readonly step: number,
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
    if (this.stop !== -1 && this.cnt >= this.stop) return this.empty();
    const v = iterNext(it);
    if (v === undefined) return this.empty();
    this.cnt++;
    this.next += this.step;
    if (this.stop !== -1 && this.next > this.stop) this.next = this.stop;
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
  const stopMsg = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
  const idxMsg = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
  let start = 0,
    stop: number,
    step = 1;
  if (pos.length === 2) stop = sliceIndex(pos[1], stopMsg);
  else {
    start = Math.max(0, sliceIndex(pos[1], idxMsg));
    stop = sliceIndex(pos[2], idxMsg);
    if (pos.length === 4) {
      const s = pos[3]!;
      if (s !== None) {
        const msg = "Step for islice() must be a positive integer or None.";
        let n: number | bigint;
        if (typeof s === "number") n = s;
        else if (
          typeof s === "bigint" ||
          typeof s === "boolean" ||
          typeOf(s).lookup("__index__") !== undefined
        )
          n = index(s);
        else throw valueError(msg);
        if (typeof n === "bigint") n = n > 0n ? Number.MAX_SAFE_INTEGER : 0;
        if (n < 1) throw valueError(msg);
        step = n;
      }
    }
  }
  return new ISlice(cls, getIter(pos[0]!), start, stop, step);
});

// ---- tee ----

/** One item of tee's shared buffer: a singly linked list consumed from both ends. */
class TeeLink {
  value: PyObject | undefined = undefined;
  next: TeeLink | null = null;
}

/** CPython's `_tee_dataobject` (the shared buffer's type); only its name is visible here. */
const teeDataType = moduleIterType(M, "_tee_dataobject", false);

class TeeSource {
  constructor(public it: PyObject | null) {}
}

class Tee extends ItIter {
  constructor(
    readonly source: TeeSource,
    public pos: TeeLink,
  ) {
    super(teeType);
  }
  nextValue(): PyObject | undefined {
    let next = this.pos.next;
    if (next === null) {
      const it = this.source.it;
      if (it === null) return undefined;
      const v = iterNext(it);
      if (v === undefined) {
        this.source.it = null;
        return undefined;
      }
      next = new TeeLink();
      next.value = v;
      this.pos.next = next;
    }
    this.pos = next;
    return next.value;
  }
}

const teeType: PyType = declare(
  "_tee",
  (_cls, args, kwnames) => {
    noKeywordsFor("_tee", teeType, teeType, kwnames);
    checkArgCount("_tee", args.length, 1, 1);
    return teeFromIterable(args[0]!);
  },
  false,
);
defineMethods(teeType, {
  __copy__: (self) => new Tee((self as Tee).source, (self as Tee).pos),
});

function teeFromIterable(iterable: PyObject): Tee {
  const it = getIter(iterable);
  if (it instanceof Tee) return new Tee(it.source, it.pos);
  return new Tee(new TeeSource(it), new TeeLink());
}

const tee = builtinFunction(
  "tee",
  (args, kwnames) => {
    if (kwnames && kwnames.length) throw typeError("tee() takes no keyword arguments");
    checkArgCount("tee", args.length, 1, 2);
    const nObj = args.length > 1 ? index(args[1]!) : 2;
    if (nObj < 0) throw valueError("n must be >= 0");
    const n = Number(nObj);
    if (n === 0) return new PyTuple([]);
    const it = getIter(args[0]!);
    const copyable: PyObject = getAttrOpt(it, "__copy__") !== undefined ? it : teeFromIterable(it);
    const out: PyObject[] = [copyable];
    for (let i = 1; i < n; i++) out.push(callMethod(copyable, "__copy__", []));
    return new PyTuple(out);
  },
  M,
);

// ---- zip_longest ----

class ZipLongest extends ItIter {
  active: number;
  constructor(
    type: PyType,
    readonly its: (PyObject | null)[],
    readonly fill: PyObject,
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
      let v: PyObject | undefined;
      if (it === null) v = this.fill;
      else {
        v = iterNext(it);
        if (v === undefined) {
          its[i] = null;
          if (--this.active === 0) return undefined;
          v = this.fill;
        }
      }
      out[i] = v;
    }
    return new PyTuple(out);
  }
}

declare("zip_longest", (cls, args, kwnames) => {
  const { pos, kw } = splitArgs(args, kwnames);
  let fill: PyObject = None;
  for (const [k, v] of kw) {
    if (k !== "fillvalue") throw typeError("zip_longest() got an unexpected keyword argument");
    fill = v;
  }
  return new ZipLongest(
    cls,
    pos.map((p) => getIter(p)),
    fill,
  );
});

// ---- product, permutations, combinations, combinations_with_replacement ----

class Product extends ItIter {
  indices: number[] | null = null;
  done = false;
  constructor(
    type: PyType,
    readonly pools: PyObject[][],
  ) {
    super(type);
  }
  nextValue(): PyObject | undefined {
    if (this.done) return undefined;
    const pools = this.pools;
    if (this.indices === null) {
      if (pools.some((p) => p.length === 0)) return this.finish();
      this.indices = new Array<number>(pools.length).fill(0);
    } else {
      const idx = this.indices;
      let i = pools.length - 1;
      for (; i >= 0; i--) {
        if (++idx[i]! < pools[i]!.length) break;
        idx[i] = 0;
      }
      if (i < 0) return this.finish();
    }
    const idx = this.indices;
    return new PyTuple(pools.map((p, i) => p[idx[i]!]!));
  }
  private finish(): undefined {
    this.done = true;
    return undefined;
  }
}

declare("product", (cls, args, kwnames) => {
  const { pos, kw } = splitArgs(args, kwnames);
  let repeat = 1;
  for (const [k, v] of kw) {
    if (k !== "repeat") throw typeError(`product() got an unexpected keyword argument '${k}'`);
    const n = index(v);
    if (n < 0) throw valueError("repeat argument cannot be negative");
    repeat = Number(n);
  }
  const base = pos.map((p) => toArray(p));
  const pools: PyObject[][] = [];
  if (base.length > 0) for (let r = 0; r < repeat; r++) pools.push(...base);
  return new Product(cls, pools);
});

function rArg(v: PyObject | undefined, fallback: number): number {
  if (v === undefined || v === None) return fallback;
  const n = index(v);
  if (n < 0) throw valueError("r must be non-negative");
  return typeof n === "bigint" ? Number.MAX_SAFE_INTEGER : n;
}

class Combinations extends ItIter {
  indices: number[] | null = null;
  done: boolean;
  constructor(
    type: PyType,
    readonly pool: PyObject[],
    readonly r: number,
    readonly replace: boolean,
  ) {
    super(type);
    this.done = !replace ? r > pool.length : pool.length === 0 && r > 0;
  }
  nextValue(): PyObject | undefined {
    if (this.done) return undefined;
    const n = this.pool.length,
      r = this.r;
    if (this.indices === null) {
      this.indices = Array.from({ length: r }, (_, i) => (this.replace ? 0 : i));
    } else {
      const idx = this.indices;
      let i = r - 1;
      if (this.replace) {
        while (i >= 0 && idx[i] === n - 1) i--;
        if (i < 0) return this.finish();
        const v = idx[i]! + 1;
        for (let j = i; j < r; j++) idx[j] = v;
      } else {
        while (i >= 0 && idx[i] === i + n - r) i--;
        if (i < 0) return this.finish();
        idx[i]!++;
        for (let j = i + 1; j < r; j++) idx[j] = idx[j - 1]! + 1;
      }
    }
    return new PyTuple(this.indices.map((k) => this.pool[k]!));
  }
  private finish(): undefined {
    this.done = true;
    return undefined;
  }
}

declare("combinations", (cls, args, kwnames) => {
  const [iterable, r] = parseKw("combinations", args, kwnames, ["iterable", "r"], 2);
  return new Combinations(cls, toArray(iterable!), rArg(r, 0), false);
});

declare("combinations_with_replacement", (cls, args, kwnames) => {
  const [iterable, r] = parseKw("combinations_with_replacement", args, kwnames, ["iterable", "r"], 2);
  return new Combinations(cls, toArray(iterable!), rArg(r, 0), true);
});

class Permutations extends ItIter {
  indices: number[];
  cycles: number[];
  started = false;
  done: boolean;
  constructor(
    type: PyType,
    readonly pool: PyObject[],
    readonly r: number,
  ) {
    super(type);
    const n = pool.length;
    this.done = r > n;
    this.indices = Array.from({ length: n }, (_, i) => i);
    this.cycles = Array.from({ length: r }, (_, i) => n - i);
  }
  nextValue(): PyObject | undefined {
    if (this.done) return undefined;
    const n = this.pool.length,
      r = this.r;
    const idx = this.indices,
      cyc = this.cycles;
    if (this.started) {
      let i = r - 1;
      for (; i >= 0; i--) {
        cyc[i]!--;
        if (cyc[i] === 0) {
          const first = idx[i]!;
          for (let j = i; j < n - 1; j++) idx[j] = idx[j + 1]!;
          idx[n - 1] = first;
          cyc[i] = n - i;
        } else {
          const j = n - cyc[i]!;
          const t = idx[i]!;
          idx[i] = idx[j]!;
          idx[j] = t;
          break;
        }
      }
      if (i < 0) {
        this.done = true;
        return undefined;
      }
    }
    this.started = true;
    const out = new Array<PyObject>(r);
    for (let k = 0; k < r; k++) out[k] = this.pool[idx[k]!]!;
    return new PyTuple(out);
  }
}

declare("permutations", (cls, args, kwnames) => {
  const [iterable, r] = parseKw("permutations", args, kwnames, ["iterable", "r"], 1);
  const pool = toArray(iterable!);
  return new Permutations(cls, pool, rArg(r, pool.length));
});

registerNativeModule(M, () => {
  const ns: Record<string, PyObject> = { tee, _grouper: grouperType, _tee_dataobject: teeDataType };
  for (const [name, t] of declared) ns[name] = t;
  ns["__doc__"] = strFromJS("Functional tools for creating and using iterators.");
  return ns;
});
