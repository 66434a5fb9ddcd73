// list.sort: a stable natural merge sort in the manner of timsort (Objects/listsort.txt):
// find ascending or strictly descending runs (reversing the latter keeps stability),
// extend short runs to a minimum length with binary insertion sort, and merge adjacent
// runs, galloping past a run's head when the other run's first item belongs after many of
// its items. Only `<` is used (richCompareBool Lt, as CPython), with pre-checked fast
// comparisons when all keys are ints, all strs or all floats.
//
// As in CPython, the list looks empty while it is being sorted, reverse=True reverses
// before and after sorting (so equal items keep their order), a key function is called
// once per item before any comparison, and a list that was changed during the sort
// raises "list modified during sort" after the sorted items are put back.

import { floatType, None } from "./bootstrap.js";
import { call } from "./call.js";
import { CompareOp, index, richCompareBool } from "./abstract.js";
import { overflowError, typeError, valueError } from "./exceptions.js";
import type { KwNames } from "./function.js";
import { typeName } from "./names.js";
import { typeOf, type PyObject, type PyObjectBase } from "./object.js";
import type { PyList } from "./list.js";

/** The keyword arguments of list.sort and sorted (`args[start:]`, named by `kwnames`),
 * checked in the order of CPython's argument clinic: their number, their names, then
 * `reverse` as a C int. */
export function sortOptions(
  args: readonly PyObject[],
  start: number,
  kwnames: KwNames,
): { key: PyObject | null; reverse: boolean } {
  const n = kwnames === null ? 0 : kwnames.length;
  if (n > 2) throw typeError(`sort() takes at most 2 keyword arguments (${n} given)`);
  let key: PyObject = None;
  let reverse: PyObject = false;
  for (let i = 0; i < n; i++) {
    const name = kwnames![i]!;
    if (name === "key") key = args[start + i]!;
    else if (name === "reverse") reverse = args[start + i]!;
    else throw typeError(`'${name}' is an invalid keyword argument for sort()`);
  }
  return { key: key === None ? null : key, reverse: reverseFlag(reverse) };
}

/** `reverse=`, which CPython reads as a C int (`reverse: bool(accept={int})`). */
function reverseFlag(v: PyObject): boolean {
  if (typeof v === "boolean") return v;
  let i: PyObject;
  if (typeof v === "number" || typeof v === "bigint") i = v;
  else if (typeOf(v).lookup("__index__") === undefined)
    throw typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
  else i = index(v);
  if (typeof i !== "number" || i > 0x7fffffff || i < -0x80000000)
    throw overflowError("Python int too large to convert to C int");
  return i !== 0;
}

type Less = (a: PyObject, b: PyObject) => boolean;

const lessGeneric: Less = (a, b) => richCompareBool(a, b, CompareOp.Lt);
const lessPrimitive: Less = (a, b) => (a as number) < (b as number);
const lessFloat: Less = (a, b) => (a as FloatLike).value < (b as FloatLike).value;

interface FloatLike extends PyObjectBase {
  value: number;
}

function chooseLess(keys: PyObject[]): Less {
  if (keys.length === 0) return lessPrimitive;
  const first = keys[0]!;
  if (typeof first === "number") {
    for (let i = 1; i < keys.length; i++) if (typeof keys[i] !== "number") return lessGeneric;
    return lessPrimitive;
  }
  if (typeof first === "string") {
    // Surrogate-free strings: UTF-16 order is code point order.
    for (let i = 1; i < keys.length; i++) if (typeof keys[i] !== "string") return lessGeneric;
    return lessPrimitive;
  }
  if (typeof first === "object" && first.type === floatType) {
    for (let i = 1; i < keys.length; i++) {
      const k = keys[i]!;
      if (typeof k !== "object" || k.type !== floatType) return lessGeneric;
    }
    return lessFloat;
  }
  return lessGeneric;
}

/** Sorts `list` in place (list.sort / sorted). `key` is a callable or null. */
export function sortList(list: PyList, key: PyObject | null, reverse: boolean): void {
  const saved = list.items;
  if (key === null && saved.length > 1) {
    // Ints, strs or floats only: no Python code runs, so nothing can touch the list.
    const less = chooseLess(saved);
    if (less !== lessGeneric) {
      sortPrimitives(saved, less, reverse);
      return;
    }
  }
  // Any write to the stand-in array counts as a modification, even one undone before the
  // sort ends (append then pop): CPython sees it as the list's allocation changing.
  let touched = false;
  const placeholder = new Proxy<PyObject[]>([], {
    set(target, k, v) {
      touched = true;
      return Reflect.set(target, k, v);
    },
    deleteProperty(target, k) {
      touched = true;
      return Reflect.deleteProperty(target, k);
    },
  });
  list.items = placeholder;
  let failed = true;
  try {
    const n = saved.length;
    if (n > 1) {
      let keys: PyObject[];
      let values: PyObject[] | null = null;
      if (key !== null) {
        keys = new Array<PyObject>(n);
        for (let i = 0; i < n; i++) keys[i] = call(key, [saved[i]!], null);
        values = saved.slice();
      } else keys = saved.slice();
      if (reverse) {
        keys.reverse();
        if (values !== null) values.reverse();
      }
      new MergeSort(keys, values, chooseLess(keys)).sort();
      if (reverse) {
        keys.reverse();
        if (values !== null) values.reverse();
      }
      const result = values ?? keys;
      for (let i = 0; i < n; i++) saved[i] = result[i]!;
    }
    failed = false;
  } finally {
    const modified = list.items !== placeholder || touched;
    list.items = saved;
    // eslint-disable-next-line no-unsafe-finally
    if (modified && !failed) throw valueError("list modified during sort");
  }
}

/** Sorts `items` in place when `less` runs no Python code (and so cannot raise). */
function sortPrimitives(items: PyObject[], less: Less, reverse: boolean): void {
  // Reversing before and after keeps equal items in their order, as CPython's does.
  if (reverse) items.reverse();
  new MergeSort(items, null, less).sort();
  if (reverse) items.reverse();
}

const MIN_GALLOP = 7;

/** Sorts `keys` (and `values` alongside, when given) stably. Work is done on copies of
 * the caller's arrays, so an exception from a comparison leaves them a permutation. */
class MergeSort {
  private tmpK: PyObject[] = [];
  private tmpV: PyObject[] = [];
  constructor(
    private readonly k: PyObject[],
    private readonly v: PyObject[] | null,
    private readonly lt: Less,
  ) {}

  sort(): void {
    const n = this.k.length;
    const minrun = minRunLength(n);
    const runs: number[] = []; // run starts; a run ends where the next starts
    let lo = 0;
    while (lo < n) {
      let end = this.countRun(lo, n);
      if (end - lo < minrun) {
        const forced = Math.min(n, lo + minrun);
        this.binaryInsertion(lo, forced, end);
        end = forced;
      }
      runs.push(lo);
      lo = end;
      this.collapse(runs, lo, false);
    }
    this.collapse(runs, n, true);
  }

  /** Merges runs on the stack while timsort's invariants fail (or all, at the end). */
  private collapse(runs: number[], end: number, all: boolean): void {
    const len = (i: number): number => (i + 1 < runs.length ? runs[i + 1]! : end) - runs[i]!;
    while (runs.length > 1) {
      let i = runs.length - 2;
      if (all) {
        if (i > 0 && len(i - 1) < len(i + 1)) i--;
      } else if (
        (i > 0 && len(i - 1) <= len(i) + len(i + 1)) ||
        (i > 1 && len(i - 2) <= len(i - 1) + len(i))
      ) {
        if (len(i - 1) < len(i + 1)) i--;
      } else if (len(i) > len(i + 1)) break;
      const start = runs[i]!,
        mid = runs[i + 1]!;
      const stop = i + 2 < runs.length ? runs[i + 2]! : end;
      this.merge(start, mid, stop);
      runs.splice(i + 1, 1);
    }
  }

  /** The end of the run starting at lo; a strictly descending run is reversed. */
  private countRun(lo: number, n: number): number {
    const k = this.k,
      lt = this.lt;
    let hi = lo + 1;
    if (hi === n) return hi;
    if (lt(k[hi]!, k[lo]!)) {
      hi++;
      while (hi < n && lt(k[hi]!, k[hi - 1]!)) hi++;
      this.reverseRange(lo, hi);
    } else {
      hi++;
      while (hi < n && !lt(k[hi]!, k[hi - 1]!)) hi++;
    }
    return hi;
  }

  private reverseRange(lo: number, hi: number): void {
    const k = this.k,
      v = this.v;
    for (let i = lo, j = hi - 1; i < j; i++, j--) {
      const t = k[i]!;
      k[i] = k[j]!;
      k[j] = t;
      if (v !== null) {
        const u = v[i]!;
        v[i] = v[j]!;
        v[j] = u;
      }
    }
  }

  /** Sorts [lo, hi) by insertion, given that [lo, start) is sorted. */
  private binaryInsertion(lo: number, hi: number, start: number): void {
    const k = this.k,
      v = this.v,
      lt = this.lt;
    for (let i = start; i < hi; i++) {
      const pivot = k[i]!;
      const pv = v !== null ? v[i]! : undefined;
      let l = lo,
        r = i;
      while (l < r) {
        const m = (l + r) >>> 1;
        if (lt(pivot, k[m]!)) r = m;
        else l = m + 1;
      }
      for (let j = i; j > l; j--) k[j] = k[j - 1]!;
      k[l] = pivot;
      if (v !== null) {
        for (let j = i; j > l; j--) v[j] = v[j - 1]!;
        v[l] = pv!;
      }
    }
  }

  /** Merges the sorted ranges [lo, mid) and [mid, hi). The left range is copied out and
   * merged back; on an exception the unmerged rest of the copy is written back first. */
  private merge(lo: number, mid: number, hi: number): void {
    const k = this.k,
      v = this.v,
      lt = this.lt;
    // Items of the left run that are <= the right run's first stay where they are.
    let l = lo,
      r = mid;
    {
      let a = lo,
        b = mid;
      while (a < b) {
        const m = (a + b) >>> 1;
        if (lt(k[mid]!, k[m]!)) b = m;
        else a = m + 1;
      }
      l = a;
    }
    if (l === mid) return;
    // Items of the right run that are >= the left run's last stay where they are.
    {
      const last = k[mid - 1]!;
      let a = mid,
        b = hi;
      while (a < b) {
        const m = (a + b) >>> 1;
        if (lt(k[m]!, last)) a = m + 1;
        else b = m;
      }
      hi = a;
    }
    if (hi - mid < mid - l) {
      this.mergeHigh(l, mid, hi);
      return;
    }
    const nl = mid - l;
    const tk = this.tmpK,
      tv = this.tmpV;
    tk.length = nl;
    for (let i = 0; i < nl; i++) tk[i] = k[l + i]!;
    if (v !== null) {
      tv.length = nl;
      for (let i = 0; i < nl; i++) tv[i] = v[l + i]!;
    }
    let i = 0,
      w = l;
    let winsLeft = 0,
      winsRight = 0;
    try {
      while (i < nl && r < hi) {
        if (lt(k[r]!, tk[i]!)) {
          k[w] = k[r]!;
          if (v !== null) v[w] = v[r]!;
          w++;
          r++;
          winsRight++;
          winsLeft = 0;
          if (winsRight >= MIN_GALLOP) {
            // Gallop: copy every right item that is < the left head.
            const head = tk[i]!;
            let a = r,
              b = hi;
            while (a < b) {
              const m = (a + b) >>> 1;
              if (lt(k[m]!, head)) a = m + 1;
              else b = m;
            }
            for (; r < a; r++, w++) {
              k[w] = k[r]!;
              if (v !== null) v[w] = v[r]!;
            }
            winsRight = 0;
          }
        } else {
          k[w] = tk[i]!;
          if (v !== null) v[w] = tv[i]!;
          w++;
          i++;
          winsLeft++;
          winsRight = 0;
          if (winsLeft >= MIN_GALLOP && r < hi) {
            // Gallop: copy every left item that is <= the right head.
            const head = k[r]!;
            let a = i,
              b = nl;
            while (a < b) {
              const m = (a + b) >>> 1;
              if (lt(head, tk[m]!)) b = m;
              else a = m + 1;
            }
            for (; i < a; i++, w++) {
              k[w] = tk[i]!;
              if (v !== null) v[w] = tv[i]!;
            }
            winsLeft = 0;
          }
        }
      }
    } finally {
      for (; i < nl; i++, w++) {
        k[w] = tk[i]!;
        if (v !== null) v[w] = tv[i]!;
      }
    }
  }

  /** Merges [lo, mid) and [mid, hi) from the high end, the right range copied out. */
  private mergeHigh(lo: number, mid: number, hi: number): void {
    const k = this.k,
      v = this.v,
      lt = this.lt;
    const nr = hi - mid;
    const tk = this.tmpK,
      tv = this.tmpV;
    tk.length = nr;
    for (let j = 0; j < nr; j++) tk[j] = k[mid + j]!;
    if (v !== null) {
      tv.length = nr;
      for (let j = 0; j < nr; j++) tv[j] = v[mid + j]!;
    }
    let i = mid - 1,
      j = nr - 1,
      w = hi - 1;
    try {
      while (i >= lo && j >= 0) {
        if (lt(tk[j]!, k[i]!)) {
          k[w] = k[i]!;
          if (v !== null) v[w] = v[i]!;
          i--;
        } else {
          k[w] = tk[j]!;
          if (v !== null) v[w] = tv[j]!;
          j--;
        }
        w--;
      }
    } finally {
      for (; j >= 0; j--, w--) {
        k[w] = tk[j]!;
        if (v !== null) v[w] = tv[j]!;
      }
    }
  }
}

function minRunLength(n: number): number {
  let r = 0;
  while (n >= 64) {
    r |= n & 1;
    n >>= 1;
  }
  return n + r;
}
