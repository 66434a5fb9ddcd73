// The combinatoric iterators: product, combinations, combinations_with_replacement and
// permutations. Each keeps index arrays over tuples of its pool(s) and advances them in
// place, in lexicographic order as documented, so a step allocates only the result tuple.
// Like CPython's, each keeps its last result and updates only the items whose index
// changed, which shows when `__setstate__` fails half-way (the indices before the bad one
// are set, the result is not). `result` is null until the first item: before it,
// `__reduce__` gives just the constructor call; after it, also the indices, which
// `__setstate__` takes back (clamped into range, as CPython clamps them, gh-69207).

import { None, tupleType } from "../objects/bootstrap.js";
import { toArray } from "../objects/abstract.js";
import { exceptionType, newException, typeError, valueError } from "../objects/exceptions.js";
import { defineMethods } from "../objects/function.js";
import { MAX_ARRAY_ITEMS } from "../objects/iterators.js";
import { SSIZE_MAX } from "../objects/int.js";
import { typeOf, type PyObject } from "../objects/object.js";
import { emptyTuple, newTuple, PyTuple } from "../objects/tuple.js";
import type { PyType } from "../objects/type.js";
import { noArgs, oneArg } from "../objects/str_args.js";
import { parseKw, splitArgs } from "./itertools_helpers.js";
import {
  declare,
  ItIter,
  ssizeArg,
  stateArgOfType,
  stateItems,
  stateSsize,
  tuple,
} from "./itertools_base.js";

/** `PySequence_Tuple`: an exact tuple is its own pool. */
function poolOf(iterable: PyObject): PyTuple {
  if (iterable instanceof PyTuple && iterable.type === tupleType) return iterable;
  return new PyTuple(toArray(iterable));
}

function clamp(i: number, lo: number, hi: number): number {
  return i > hi ? hi : i < lo ? lo : i;
}

/** A state of exactly `n` indices, else "invalid arguments". */
function indexState(state: PyObject, n: number): PyObject[] {
  if (!(state instanceof PyTuple) || state.items.length !== n) throw valueError("invalid arguments");
  return state.items;
}

function memoryError(): never {
  throw newException(exceptionType("MemoryError"));
}

// ---- product ----

class Product extends ItIter {
  readonly indices: number[];
  result: PyObject[] | null = null;
  stopped = false;
  constructor(
    type: PyType,
    readonly pools: PyTuple[],
  ) {
    super(type);
    this.indices = new Array<number>(pools.length).fill(0);
  }
  nextValue(): PyObject | undefined {
    if (this.stopped) return undefined;
    const pools = this.pools;
    let result = this.result;
    if (result === null) {
      // The first product is every pool's first item, whatever `indices` hold.
      result = this.result = new Array<PyObject>(pools.length);
      for (let i = 0; i < pools.length; i++) {
        const pool = pools[i]!.items;
        if (pool.length === 0) return this.stop();
        result[i] = pool[0]!;
      }
    } else if (!this.advance(result)) return this.stop();
    return new PyTuple(result.slice());
  }
  /** Advances the rightmost index, carrying leftwards on roll-over. */
  private advance(result: PyObject[]): boolean {
    const idx = this.indices;
    for (let i = idx.length - 1; i >= 0; i--) {
      const pool = this.pools[i]!.items;
      if (++idx[i]! < pool.length) {
        result[i] = pool[idx[i]!]!;
        return true;
      }
      idx[i] = 0;
      result[i] = pool[0]!;
    }
    return false;
  }
  stop(): undefined {
    this.stopped = true;
    return undefined;
  }
}

function productRepeat(kw: [string, PyObject][]): number | bigint {
  if (kw.length === 0) return 1;
  if (kw.length > 1) throw typeError(`product() takes at most 1 keyword argument (${kw.length} given)`);
  const [name, value] = kw[0]!;
  if (name !== "repeat") throw typeError(`'${name}' is an invalid keyword argument for product()`);
  const repeat = ssizeArg(value);
  if (repeat < 0) throw valueError("repeat argument cannot be negative");
  return repeat;
}

const productType = declare("product", (cls, args, kwnames) => {
  const { pos, kw } = splitArgs(args, kwnames);
  const repeat = productRepeat(kw);
  // With repeat=0 the arguments are not even iterated.
  const nargs = repeat === 0 ? 0 : pos.length;
  if (nargs > 0 && BigInt(nargs) > SSIZE_MAX / 8n / BigInt(repeat))
    throw newException(exceptionType("OverflowError"), "repeat argument too large");
  if (nargs * Number(repeat) > MAX_ARRAY_ITEMS) memoryError();
  const base = pos.slice(0, nargs).map(poolOf);
  const pools: PyTuple[] = [];
  for (let r = 0; r < repeat && nargs > 0; r++) pools.push(...base);
  return new Product(cls, pools);
});
defineMethods(productType, {
  __reduce__(self, args, kwnames) {
    noArgs("product.__reduce__", args, kwnames);
    const p = self as Product;
    const type = typeOf(self);
    if (p.stopped) return tuple(type, tuple(emptyTuple));
    if (p.result === null) return tuple(type, newTuple(p.pools.slice()));
    return tuple(type, newTuple(p.pools.slice()), newTuple(p.indices.slice()));
  },
  __setstate__(self, args, kwnames) {
    const p = self as Product;
    const state = indexState(oneArg("product.__setstate__", args, kwnames), p.pools.length);
    for (let i = 0; i < state.length; i++) {
      const index = stateSsize(state[i]!);
      const size = p.pools[i]!.items.length;
      if (size === 0) {
        p.stopped = true;
        return None;
      }
      p.indices[i] = clamp(index, 0, size - 1);
    }
    p.result = p.pools.map((pool, i) => pool.items[p.indices[i]!]!);
    return None;
  },
});

// ---- combinations, combinations_with_replacement ----

/** `r` as the constructors read it: a C ssize_t that must not be negative. */
function rArg(v: PyObject): number {
  const n = ssizeArg(v);
  if (n < 0) throw valueError("r must be non-negative");
  return typeof n === "bigint" ? Number(n) : n;
}

/** Both kinds of combinations. An `r` beyond the pool's size yields nothing and may be
 * huge, so `indices` is left empty then (`__setstate__` may still fill it). */
abstract class Combos extends ItIter {
  indices: number[];
  result: PyObject[] | null = null;
  stopped: boolean;
  constructor(
    type: PyType,
    readonly pool: PyTuple,
    readonly r: number,
  ) {
    super(type);
    this.stopped = this.initiallyStopped();
    this.indices = this.stopped ? [] : this.firstIndices();
  }
  abstract initiallyStopped(): boolean;
  abstract firstIndices(): number[];
  /** The first combination (CPython's is read from `indices`, or is the first item r times). */
  abstract first(): PyObject[];
  /** Moves `indices` to the next combination and returns the leftmost index that changed,
   * or -1 after the last. */
  abstract advance(): number;
  abstract clampIndex(index: number, i: number): number;
  nextValue(): PyObject | undefined {
    if (this.stopped) return undefined;
    let result = this.result;
    if (result === null) result = this.result = this.first();
    else {
      const i = this.advance();
      if (i < 0) {
        this.stopped = true;
        return undefined;
      }
      for (let k = i; k < this.r; k++) result[k] = this.pool.items[this.indices[k]!]!;
    }
    return new PyTuple(result.slice());
  }
}

class Combinations extends Combos {
  initiallyStopped(): boolean {
    return this.r > this.pool.items.length;
  }
  firstIndices(): number[] {
    return Array.from({ length: this.r }, (_, i) => i);
  }
  first(): PyObject[] {
    return this.indices.map((k) => this.pool.items[k]!);
  }
  advance(): number {
    const idx = this.indices;
    const n = this.pool.items.length,
      r = this.r;
    let i = r - 1;
    while (i >= 0 && idx[i] === i + n - r) i--;
    if (i < 0) return -1;
    idx[i]!++;
    for (let j = i + 1; j < r; j++) idx[j] = idx[j - 1]! + 1;
    return i;
  }
  clampIndex(index: number, i: number): number {
    const max = i + this.pool.items.length - this.r;
    return clamp(index, 0, Math.max(max, 0));
  }
}

class CombinationsWithReplacement extends Combos {
  initiallyStopped(): boolean {
    return this.pool.items.length === 0 && this.r > 0;
  }
  firstIndices(): number[] {
    return new Array<number>(this.r).fill(0);
  }
  first(): PyObject[] {
    return new Array<PyObject>(this.r).fill(this.pool.items[0]!);
  }
  advance(): number {
    const idx = this.indices;
    const n = this.pool.items.length,
      r = this.r;
    let i = r - 1;
    while (i >= 0 && idx[i] === n - 1) i--;
    if (i < 0) return -1;
    const v = idx[i]! + 1;
    for (let j = i; j < r; j++) idx[j] = v;
    return i;
  }
  clampIndex(index: number): number {
    return clamp(index, 0, Math.max(this.pool.items.length - 1, 0));
  }
}

function declareCombos(name: string, make: new (cls: PyType, pool: PyTuple, r: number) => Combos): void {
  const t = declare(name, (cls, args, kwnames) => {
    const [iterable, r] = parseKw(name, args, kwnames, ["iterable", "r"], 2);
    return new make(cls, poolOf(iterable!), rArg(r!));
  });
  defineMethods(t, {
    __reduce__(self, args, kwnames) {
      noArgs(`${name}.__reduce__`, args, kwnames);
      const c = self as Combos;
      const type = typeOf(self);
      if (c.result === null) return tuple(type, tuple(c.pool, c.r));
      if (c.stopped) return tuple(type, tuple(emptyTuple, c.r));
      return tuple(type, tuple(c.pool, c.r), newTuple(c.indices.slice()));
    },
    __setstate__(self, args, kwnames) {
      const c = self as Combos;
      const state = indexState(oneArg(`${name}.__setstate__`, args, kwnames), c.r);
      state.forEach((v, i) => (c.indices[i] = c.clampIndex(stateSsize(v), i)));
      c.result = c.indices.map((k) => c.pool.items[k]!);
      return None;
    },
  });
}

declareCombos("combinations", Combinations);
declareCombos("combinations_with_replacement", CombinationsWithReplacement);

// ---- permutations ----

class Permutations extends ItIter {
  readonly indices: number[];
  readonly cycles: number[];
  result: PyObject[] | null = null;
  stopped: boolean;
  constructor(
    type: PyType,
    readonly pool: PyTuple,
    readonly r: number,
  ) {
    super(type);
    const n = pool.items.length;
    this.stopped = r > n;
    this.indices = Array.from({ length: n }, (_, i) => i);
    this.cycles = this.stopped ? [] : Array.from({ length: r }, (_, i) => n - i);
  }
  nextValue(): PyObject | undefined {
    if (this.stopped) return undefined;
    let result = this.result;
    if (result === null) result = this.result = this.items(0, []);
    else {
      const i = this.advance();
      if (i < 0) {
        this.stopped = true;
        return undefined;
      }
      this.items(i, result);
    }
    return new PyTuple(result.slice());
  }
  /** Sets `result[from:r]` to the pool's items at `indices[from:r]`. */
  items(from: number, result: PyObject[]): PyObject[] {
    for (let k = from; k < this.r; k++) result[k] = this.pool.items[this.indices[k]!]!;
    return result;
  }
  /** Decrements the rightmost cycle, moving leftwards on roll-over; returns the leftmost
   * index that changed, or -1 after the last permutation. */
  private advance(): number {
    const n = this.pool.items.length;
    const idx = this.indices,
      cyc = this.cycles;
    for (let i = this.r - 1; i >= 0; i--) {
      if (--cyc[i]! === 0) {
        const first = idx[i]!;
        for (let j = i; j < n - 1; j++) idx[j] = idx[j + 1]!;
        idx[n - 1] = first;
        cyc[i] = n - i;
      } else {
        const j = n - cyc[i]!;
        const t = idx[i]!;
        idx[i] = idx[j]!;
        idx[j] = t;
        return i;
      }
    }
    return -1;
  }
}

const permutationsType = declare("permutations", (cls, args, kwnames) => {
  const [iterable, r] = parseKw("permutations", args, kwnames, ["iterable", "r"], 1);
  const pool = poolOf(iterable!);
  return new Permutations(cls, pool, r === undefined || r === None ? pool.items.length : rArg(r));
});
defineMethods(permutationsType, {
  __reduce__(self, args, kwnames) {
    noArgs("permutations.__reduce__", args, kwnames);
    const p = self as Permutations;
    const type = typeOf(self);
    if (p.result === null) return tuple(type, tuple(p.pool, p.r));
    if (p.stopped) return tuple(type, tuple(emptyTuple, p.r));
    return tuple(type, tuple(p.pool, p.r), tuple(newTuple(p.indices.slice()), newTuple(p.cycles.slice())));
  },
  __setstate__(self, args, kwnames) {
    const [indices, cycles] = stateItems(oneArg("permutations.__setstate__", args, kwnames), 2, 2);
    stateArgOfType(indices!, 1, tupleType);
    stateArgOfType(cycles!, 2, tupleType);
    const p = self as Permutations;
    const n = p.pool.items.length;
    const idx = (indices as PyTuple).items,
      cyc = (cycles as PyTuple).items;
    if (idx.length !== n || cyc.length !== p.r) throw valueError("invalid arguments");
    for (let i = 0; i < n; i++) p.indices[i] = clamp(stateSsize(idx[i]!), 0, n - 1);
    for (let i = 0; i < p.r; i++) p.cycles[i] = clamp(stateSsize(cyc[i]!), 1, n - i);
    p.result = p.items(0, []);
    return None;
  },
});
