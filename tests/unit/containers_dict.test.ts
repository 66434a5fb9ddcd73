// Unit tests of PyDict's JS API (src/objects/dict.ts): Python key semantics through the
// normalised-key Map and the hash chains, insertion order across deletions, `version`,
// the iterators' mutation errors, and attribute-mode dicts (`obj.__dict__`). Expected
// behaviour is CPython 3.11's (noted next to each check).
import { test } from "node:test";
import assert from "node:assert/strict";
import "../../src/objects/abstract.js";
import { attributeDictView, PyDict } from "../../src/objects/dict.js";
import { DictIterator, ITER_ITEMS, ITER_KEYS } from "../../src/objects/dict_views.js";
import { newFloat } from "../../src/objects/float.js";
import { PyTuple } from "../../src/objects/tuple.js";
import { newAttributeDict, type PyObject } from "../../src/objects/object.js";
import { PyBaseException } from "../../src/objects/exceptions.js";
import { strFromJS } from "../../src/objects/str.js";

function message(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof PyBaseException) return `${e.type.name}: ${String(e.args[0])}`;
    throw e;
  }
  return "no exception";
}

test("1, True and 1.0 are one key; the first key object is kept", () => {
  // {1: 'int', True: 'bool', 1.0: 'float'} == {1: 'float'}
  const d = new PyDict();
  d.set(1, "int");
  d.set(true, "bool");
  d.set(newFloat(1), "float");
  assert.equal(d.size, 1);
  assert.deepEqual(d.keysArray(), [1]);
  assert.equal(d.get(1), "float");
  assert.equal(d.get(false), undefined);
  d.set(newFloat(0.5), "half");
  assert.equal(d.get(newFloat(0.5)), "half");
  d.set(2n ** 70n, "big");
  assert.equal(d.get(newFloat(2 ** 70)), "big");
  assert.equal(d.get(newFloat(-0)), undefined);
  d.set(0, "zero");
  assert.equal(d.get(newFloat(-0)), "zero");
});

test("NaN keys are equal only to themselves", () => {
  const nan = newFloat(NaN);
  const d = new PyDict();
  d.set(nan, 1);
  assert.equal(d.get(nan), 1);
  assert.equal(d.get(newFloat(NaN)), undefined);
  d.set(newFloat(NaN), 2);
  assert.equal(d.size, 2);
});

test("tuple keys compare by value", () => {
  const d = new PyDict();
  d.set(new PyTuple([1, "a"]), "x");
  assert.equal(d.get(new PyTuple([1, "a"])), "x");
  assert.equal(d.get(new PyTuple([true, "a"])), "x");
  assert.equal(d.get(new PyTuple([1, "b"])), undefined);
  assert.ok(d.delete(new PyTuple([1, "a"])));
  assert.equal(d.size, 0);
});

test("insertion order survives deletions, re-insertion and compaction", () => {
  // d = {}; for i in range(100): d[i] = i; del every third; d[0] = 'again'
  const d = new PyDict();
  for (let i = 0; i < 100; i++) d.set(i, i);
  for (let i = 0; i < 100; i += 3) d.delete(i);
  d.set(0, "again");
  const want = [];
  for (let i = 0; i < 100; i++) if (i % 3 !== 0) want.push(i);
  want.push(0);
  assert.deepEqual(d.keysArray(), want);
  assert.equal(d.get(0), "again");
  for (let i = 200; i < 300; i++) d.set(i, i);
  assert.equal(d.size, want.length + 100);
  assert.deepEqual(d.keysArray().slice(0, want.length), want);
});

test("getStr/setStr agree with set/get, and version changes on every mutation", () => {
  const d = new PyDict();
  let v = d.version;
  d.setStr("x", 1);
  assert.notEqual(d.version, v);
  v = d.version;
  assert.equal(d.get("x"), 1);
  d.set("x", 2);
  assert.notEqual(d.version, v);
  v = d.version;
  assert.equal(d.getStr("x"), 2);
  assert.equal(d.version, v);
  d.delete("x");
  assert.notEqual(d.version, v);
  assert.equal(d.getStr("x"), undefined);
});

test("astral strs are keys of their own, distinct from their UTF-16 halves", () => {
  const d = new PyDict();
  const smile = strFromJS("\u{1F600}");
  const halves = strFromJS("\ud83d") as PyObject;
  d.set(smile, 1);
  d.set(halves, 2);
  assert.equal(d.size, 2);
  assert.equal(d.get(strFromJS("\u{1F600}")), 1);
  assert.equal(d.get(strFromJS("\ud83d")), 2);
});

test("iterators raise CPython's errors when the dict changes", () => {
  const d = new PyDict();
  d.setStr("a", 1);
  d.setStr("b", 2);
  const it = new DictIterator(d, ITER_ITEMS);
  assert.ok(it.nextValue() instanceof PyTuple);
  d.setStr("c", 3);
  assert.equal(
    message(() => it.nextValue()),
    "RuntimeError: dictionary changed size during iteration",
  );
  assert.equal(
    message(() => it.nextValue()),
    "RuntimeError: dictionary changed size during iteration",
  );
  // d = {'a': 1}; it = iter(d); next(it); d['b'] = 2; del d['a']; next(it) -> keys changed
  const e = new PyDict();
  e.setStr("a", 1);
  const it2 = new DictIterator(e, ITER_KEYS);
  assert.equal(it2.nextValue(), "a");
  e.setStr("b", 2);
  e.delete("a");
  assert.equal(
    message(() => it2.nextValue()),
    "RuntimeError: dictionary keys changed during iteration",
  );
});

test("popLast removes the last entry", () => {
  const d = new PyDict();
  d.set(1, "a");
  d.set(2, "b");
  assert.equal(d.popLast()!.key, 2);
  d.set(3, "c");
  assert.deepEqual(d.keysArray(), [1, 3]);
});

test("attribute-mode dicts write through and re-read the AttributeDict", () => {
  const attrs = newAttributeDict();
  attrs.x = 1;
  const d = attributeDictView(null as unknown as PyObject, attrs);
  assert.equal(attributeDictView(null as unknown as PyObject, attrs), d);
  assert.equal(d.getStr("x"), 1);
  d.setStr("y", 2);
  assert.equal(attrs.y, 2);
  d.delete("x");
  assert.equal("x" in attrs, false);
  attrs.z = 3;
  assert.equal(attributeDictView(null as unknown as PyObject, attrs).getStr("z"), 3);
});
