// Unit tests of lists (src/objects/list.ts) and sortList (src/objects/sort.ts): slicing
// with steps against expectations printed by python3 3.11, sort stability with key and
// reverse on many inputs, "list modified during sort", and exceptions from comparisons
// leaving the list a permutation of itself.
import { test } from "node:test";
import assert from "node:assert/strict";
import "../../src/objects/abstract.js";
import { None } from "../../src/objects/bootstrap.js";
import { builtinFunction } from "../../src/objects/function.js";
import { listDelItem, listGetItem, listSetItem, PyList } from "../../src/objects/list.js";
import { PySlice } from "../../src/objects/slice.js";
import { sortList } from "../../src/objects/sort.js";
import { PyTuple } from "../../src/objects/tuple.js";
import { PyBaseException } from "../../src/objects/exceptions.js";
import type { PyObject } from "../../src/objects/object.js";

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);
const sl = (a: PyObject, b: PyObject, c: PyObject): PySlice => new PySlice(a, b, c);

function message(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof PyBaseException) return `${e.type.name}: ${String(e.args[0])}`;
    throw e;
  }
  return "no exception";
}

test("slicing with steps", () => {
  const l = new PyList(range(10));
  // python3: a = list(range(10))
  const get = (s: PySlice): PyObject[] => (listGetItem(l, s) as PyList).items;
  assert.deepEqual(get(sl(None, None, -1)), [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]); // a[::-1]
  assert.deepEqual(get(sl(1, 8, 3)), [1, 4, 7]); // a[1:8:3]
  assert.deepEqual(get(sl(-2, -9, -3)), [8, 5, 2]); // a[-2:-9:-3]
  assert.deepEqual(get(sl(20, None, -4)), [9, 5, 1]); // a[20::-4]
  assert.deepEqual(get(sl(-100, 3, None)), [0, 1, 2]); // a[-100:3]
  assert.deepEqual(get(sl(5, 2, None)), []); // a[5:2]
  assert.equal(
    message(() => listGetItem(l, sl(None, None, 0))),
    "ValueError: slice step cannot be zero",
  );
});

test("slice assignment and deletion", () => {
  const a = new PyList(range(10));
  listSetItem(a, sl(None, None, 2), new PyList(["a", "b", "c", "d", "e"]));
  assert.deepEqual(a.items, ["a", 1, "b", 3, "c", 5, "d", 7, "e", 9]); // a[::2] = 'abcde'
  assert.equal(
    message(() => listSetItem(a, sl(None, None, 3), new PyList([1, 2]))),
    "ValueError: attempt to assign sequence of size 2 to extended slice of size 4",
  );
  const b = new PyList(range(6));
  listSetItem(b, sl(1, 3, None), new PyList(["x", "y", "z"]));
  assert.deepEqual(b.items, [0, "x", "y", "z", 3, 4, 5]); // b[1:3] = 'xyz'
  listSetItem(b, sl(None, None, None), b);
  assert.deepEqual(b.items, [0, "x", "y", "z", 3, 4, 5]); // b[:] = b
  const c = new PyList(range(10));
  listDelItem(c, sl(None, None, -3));
  assert.deepEqual(c.items, [1, 2, 4, 5, 7, 8]); // del c[::-3]
  listDelItem(c, sl(1, 3, None));
  assert.deepEqual(c.items, [1, 5, 7, 8]);
  assert.equal(
    message(() => listGetItem(c, 10n ** 20n)),
    "IndexError: cannot fit 'int' into an index-sized integer",
  );
  assert.equal(
    message(() => listGetItem(c, 4)),
    "IndexError: list index out of range",
  );
});

/** A deterministic pseudo-random sequence. */
function lcg(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648);
}

test("sort is stable with key and reverse, on runs and random data", () => {
  const rnd = lcg(7);
  const first = builtinFunction("first", (args) => (args[0] as PyTuple).items[0]!);
  for (const n of [0, 1, 2, 10, 63, 64, 65, 200, 1000, 5000]) {
    for (const shape of ["random", "sorted", "reversed", "few"]) {
      const keys = range(n).map((i) =>
        shape === "random"
          ? rnd() % 50
          : shape === "sorted"
            ? i >> 2
            : shape === "reversed"
              ? (n - i) >> 2
              : i % 3,
      );
      const items = keys.map((k, i) => new PyTuple([k, i]));
      for (const reverse of [false, true]) {
        const l = new PyList(items.slice());
        sortList(l, first, reverse);
        const want = items
          .slice()
          .sort(
            (a, b) =>
              (reverse
                ? (b.items[0] as number) - (a.items[0] as number)
                : (a.items[0] as number) - (b.items[0] as number)) ||
              (a.items[1] as number) - (b.items[1] as number),
          );
        assert.deepEqual(l.items, want, `${shape} n=${n} reverse=${reverse}`);
      }
    }
  }
});

test("sort without key on ints and strs", () => {
  const rnd = lcg(3);
  const ints = range(3000).map(() => rnd() % 1000);
  const l = new PyList(ints.slice());
  sortList(l, null, false);
  assert.deepEqual(
    l.items,
    ints.slice().sort((a, b) => a - b),
  );
  const strs = ["b", "A", "a", "", "ba", "ab"];
  const s = new PyList(strs.slice());
  sortList(s, null, true);
  assert.deepEqual(s.items, ["ba", "b", "ab", "a", "A", ""]); // sorted(..., reverse=True)
});

test("a list changed during the sort raises, and keeps the sorted items", () => {
  const l = new PyList([3, 1, 2]);
  const key = builtinFunction("key", (args) => {
    l.items.push(0);
    return args[0]!;
  });
  assert.equal(
    message(() => sortList(l, key, false)),
    "ValueError: list modified during sort",
  );
  assert.deepEqual(l.items, [1, 2, 3]);
});

test("an exception from a comparison propagates and leaves a permutation", () => {
  const items: PyObject[] = [...range(100).map((i) => (i * 37) % 100), "x"];
  const l = new PyList(items.slice());
  assert.match(
    message(() => sortList(l, null, false)),
    /^TypeError: '<' not supported/,
  );
  assert.deepEqual(l.items.map(String).sort(), items.map(String).sort());
});
