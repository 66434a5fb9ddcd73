// The object model's spine exercised from TypeScript: descriptor precedence, MRO, class
// creation with metaclasses, super, binary-operator dispatch order. Python functions are
// stood in for by PyFunction objects whose `code` is a JS function (pythonCalls is
// replaced for the test).

import { test } from "node:test";
import assert from "node:assert/strict";
import { None, NotImplemented, objectType, typeType } from "../../src/objects/bootstrap.js";
import { call } from "../../src/objects/call.js";
import { PyBaseException } from "../../src/objects/exceptions.js";
import { PyFunction, pythonCalls, type KwNames } from "../../src/objects/function.js";
import { typeOf, type PyObject } from "../../src/objects/object.js";
import { PyType } from "../../src/objects/type.js";
import * as A from "../../src/objects/abstract.js";
import { PyDict } from "../../src/objects/dict.js";
import { newTuple } from "../../src/objects/tuple.js";
import "../../src/objects/descriptors.js";
import "../../src/objects/str_methods.js";
import { propertyType, classmethodType, staticmethodType, superNew } from "../../src/objects/descriptors.js";
import { typeCall } from "../../src/objects/typeobject.js";
import { newModule } from "../../src/objects/module.js";
import { newWeakRef, refType } from "../../src/objects/weakref.js";

type JsFn = (...args: PyObject[]) => PyObject;
pythonCalls.call = (f: PyFunction, args: PyObject[], kwnames: KwNames) => {
  void kwnames;
  return (f.code as JsFn)(...args);
};

function fn(name: string, body: JsFn): PyFunction {
  return new PyFunction(body, None, name, name, null);
}

/** `class name(*bases, metaclass=meta): ns` */
function cls(
  name: string,
  bases: PyObject[],
  ns: Record<string, PyObject>,
  meta: PyObject = typeType,
  kw: [string, PyObject][] = [],
): PyType {
  const d = new PyDict();
  d.setStr("__module__", "__main__");
  d.setStr("__qualname__", name);
  for (const [k, v] of Object.entries(ns)) d.setStr(k, v);
  const args: PyObject[] = [name, newTuple(bases), d, ...kw.map(([, v]) => v)];
  return call(meta, args, kw.length > 0 ? kw.map(([k]) => k) : null) as PyType;
}

function raises(f: () => unknown, type: string, message?: string): void {
  try {
    f();
  } catch (e) {
    assert.ok(e instanceof PyBaseException, `expected a Python exception, got ${String(e)}`);
    assert.equal(e.type.name, type);
    if (message !== undefined) assert.equal(e.args[0], message);
    return;
  }
  assert.fail(`expected ${type}`);
}

test("instances, attributes and descriptor precedence", () => {
  const getter = fn("x", () => "from property");
  const C = cls("C", [], {
    x: call(propertyType, [getter]),
    y: 1,
    m: fn("m", (self) => self),
  });
  const c = typeCall(C, [], null);
  assert.equal(A.getAttr(c, "x"), "from property");
  assert.equal(A.getAttr(c, "y"), 1);
  A.setAttr(c, "y", 2);
  assert.equal(A.getAttr(c, "y"), 2);
  assert.equal(A.getAttr(C, "y"), 1);
  raises(() => A.setAttr(c, "x", 3), "AttributeError", "property 'x' of 'C' object has no setter");
  raises(() => A.getAttr(c, "nope"), "AttributeError", "'C' object has no attribute 'nope'");
  raises(() => A.getAttr(C, "nope"), "AttributeError", "type object 'C' has no attribute 'nope'");
  assert.equal(A.callMethod(c, "m", []), c);
  assert.equal(A.strJS(A.repr(C)), "<class '__main__.C'>");
  assert.match(A.reprJS(c), /^<__main__\.C object at 0x[0-9a-f]+>$/);
  raises(
    () => A.setAttr(typeCall(objectType, [], null), "a", 1),
    "AttributeError",
    "'object' object has no attribute 'a'",
  );
  raises(() => typeCall(C, [1], null), "TypeError", "C() takes no arguments");
});

test("__getattr__, classmethod, staticmethod, __init__", () => {
  const C = cls("C", [], {
    __init__: fn("__init__", (self, v) => {
      A.setAttr(self, "v", v!);
      return None;
    }),
    __getattr__: fn("__getattr__", (_self, name) => `missing ${String(name)}`),
    c: call(classmethodType, [fn("c", (k) => k)]),
    s: call(staticmethodType, [fn("s", () => 42)]),
  });
  const c = typeCall(C, [7], null);
  assert.equal(A.getAttr(c, "v"), 7);
  assert.equal(A.getAttr(c, "zz"), "missing zz");
  assert.equal(A.callMethod(c, "c", []), C);
  assert.equal(A.callMethod(C, "c", []), C);
  assert.equal(A.callMethod(c, "s", []), 42);
});

test("MRO, super and metaclasses", () => {
  const log: string[] = [];
  const Base = cls("Base", [], { f: fn("f", () => (log.push("Base"), None)) });
  const L = cls("L", [Base], {
    f: fn("f", (self) => (log.push("L"), A.callMethod(superNew(L, self), "f", []))),
  });
  const R = cls("R", [Base], {
    f: fn("f", (self) => (log.push("R"), A.callMethod(superNew(R, self), "f", []))),
  });
  const D = cls("D", [L, R], {});
  assert.deepEqual(
    D.mro.map((t) => t.name),
    ["D", "L", "R", "Base", "object"],
  );
  A.callMethod(typeCall(D, [], null), "f", []);
  assert.deepEqual(log, ["L", "R", "Base"]);
  raises(
    () => cls("X", [Base, D], {}),
    "TypeError",
    "Cannot create a consistent method resolution\norder (MRO) for bases Base, D",
  );
  raises(() => superNew(L, 1), "TypeError", "super(type, obj): obj must be an instance or subtype of type");

  const Meta = cls("Meta", [typeType], { tag: "meta" });
  const M1 = cls("M1", [], {}, Meta);
  assert.equal(A.getAttr(M1, "tag"), "meta");
  assert.equal(M1.type, Meta);
  const M2 = cls("M2", [M1], {});
  assert.equal(M2.type, Meta);
  const Other = cls("Other", [typeType], {});
  const O = cls("O", [], {}, Other);
  raises(
    () => cls("Bad", [M1, O], {}),
    "TypeError",
    "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
  );
});

test("__init_subclass__ with class keywords and __set_name__", () => {
  const seen: PyObject[] = [];
  const P = cls("P", [], {
    __init_subclass__: fn("__init_subclass__", (k, v) => (seen.push(k, v!), None)),
  });
  const namer = cls("Namer", [], {
    __set_name__: fn("__set_name__", (_s, owner, name) => (seen.push(owner, name!), None)),
  });
  const n = typeCall(namer, [], null);
  // Keyword arguments reach __init_subclass__ (the test's pythonCalls ignores kwnames and
  // passes values positionally).
  const Q = cls("Q", [P], { attr: n }, typeType, [["flag", 5]]);
  assert.deepEqual(seen, [Q, "attr", Q, 5]);
});

test("binary operators: reflected operands and subclass priority", () => {
  const calls: string[] = [];
  const X = cls("X", [], {
    __add__: fn("__add__", () => (calls.push("X.add"), NotImplemented)),
    __radd__: fn("__radd__", () => (calls.push("X.radd"), "X.radd")),
  });
  const Y = cls("Y", [X], { __radd__: fn("__radd__", () => (calls.push("Y.radd"), "Y.radd")) });
  const x = typeCall(X, [], null);
  const y = typeCall(Y, [], null);
  assert.equal(A.binaryOp(x, y, A.BinaryOp.Add), "Y.radd");
  assert.deepEqual(calls, ["Y.radd"]);
  calls.length = 0;
  raises(
    () => A.binaryOp(x, x, A.BinaryOp.Add),
    "TypeError",
    "unsupported operand type(s) for +: 'X' and 'X'",
  );
  assert.deepEqual(calls, ["X.add"]);
  raises(
    () => A.binaryOp(x, 1, A.BinaryOp.Sub),
    "TypeError",
    "unsupported operand type(s) for -: 'X' and 'int'",
  );
  raises(
    () => A.inplaceOp(x, 1, A.BinaryOp.Sub),
    "TypeError",
    "unsupported operand type(s) for -=: 'X' and 'int'",
  );
  raises(() => A.unaryOp(x, "neg"), "TypeError", "bad operand type for unary -: 'X'");
  assert.equal(A.binaryOp(2, 3, A.BinaryOp.Add), 5);
});

test("rich comparison, truth, hash, len, iteration", () => {
  const E = cls("E", [], { __eq__: fn("__eq__", () => true), __len__: fn("__len__", () => 0) });
  const e = typeCall(E, [], null);
  assert.equal(A.richCompare(e, 1, A.CompareOp.Eq), true);
  assert.equal(A.richCompare(e, 1, A.CompareOp.Ne), false);
  raises(
    () => A.richCompare(e, 1, A.CompareOp.Lt),
    "TypeError",
    "'<' not supported between instances of 'E' and 'int'",
  );
  raises(() => A.hash(e), "TypeError", "unhashable type: 'E'");
  assert.equal(A.isTrue(e), false);
  const plain = typeCall(objectType, [], null);
  assert.equal(A.richCompare(plain, plain, A.CompareOp.Eq), true);
  assert.equal(typeof A.hash(plain), "number");
  const S = cls("S", [], {
    __getitem__: fn("__getitem__", (_s, i) => {
      if ((i as number) >= 3) throw A.getAttr(objectType, "nope_raises");
      return i!;
    }),
  });
  raises(() => A.len(1), "TypeError", "object of type 'int' has no len()");
  raises(() => A.getIter(1), "TypeError", "'int' object is not iterable");
  raises(() => A.contains(1, 1), "TypeError", "argument of type 'int' is not iterable");
  raises(() => A.getItem(1, 1), "TypeError", "'int' object is not subscriptable");
  void S;
});

test("isinstance / issubclass with __instancecheck__", () => {
  const Meta = cls("Meta", [typeType], { __instancecheck__: fn("__instancecheck__", () => true) });
  const Any = cls("Any", [], {}, Meta);
  assert.equal(A.isInstance(1, Any), true);
  const B = cls("B", [], {});
  const C = cls("C", [B], {});
  assert.equal(A.isSubclass(C, B), true);
  assert.equal(A.isSubclass(B, C), false);
  assert.equal(A.isInstance(typeCall(C, [], null), newTuple([Any, B])), true);
});

test("__slots__ and layout", () => {
  const S = cls("S", [], { __slots__: newTuple(["a", "b"]) });
  const s = typeCall(S, [], null);
  raises(() => A.getAttr(s, "a"), "AttributeError", "'S' object has no attribute 'a'");
  A.setAttr(s, "a", 1);
  assert.equal(A.getAttr(s, "a"), 1);
  raises(() => A.setAttr(s, "c", 1), "AttributeError", "'S' object has no attribute 'c'");
  const T = cls("T", [], { __slots__: newTuple(["x"]) });
  raises(() => cls("U", [S, T], {}), "TypeError", "multiple bases have instance lay-out conflict");
  raises(() => cls("V", [], { __slots__: newTuple(["1x"]) }), "TypeError", "__slots__ must be identifiers");
});

test("modules and weak references", () => {
  const m = newModule("mod");
  assert.equal(A.reprJS(m), "<module 'mod'>");
  A.setAttr(m, "x", 1);
  assert.equal(A.getAttr(m, "x"), 1);
  raises(() => A.getAttr(m, "y"), "AttributeError", "module 'mod' has no attribute 'y'");
  const C = cls("C", [], {});
  const c = typeCall(C, [], null);
  const r = newWeakRef(refType, c, None);
  assert.equal(call(r, [], null), c);
  assert.equal(newWeakRef(refType, c, None), r);
  raises(() => newWeakRef(refType, 1, None), "TypeError", "cannot create weak reference to 'int' object");
});

test("attributes on exceptions and functions; __dict__", () => {
  const e = call(A.getAttr(objectType, "__class__"), [1], null);
  assert.equal(e, typeType.type === typeType ? A.getAttr(1, "__class__") : e);
  const f = fn("f", () => None);
  A.setAttr(f, "tag", 3);
  assert.equal(A.getAttr(f, "tag"), 3);
  const C = cls("C", [], {});
  const c = typeCall(C, [], null);
  A.setAttr(c, "a", 1);
  const d = A.getAttr(c, "__dict__");
  assert.ok(d instanceof PyDict);
  assert.equal(d.getStr("a"), 1);
});

test("type() argument rules and class-creation errors", () => {
  assert.equal(call(typeType, [1], null), typeOf(1));
  raises(() => call(typeType, [1, 2], null), "TypeError", "type() takes 1 or 3 arguments");
  const M = cls("M", [typeType], {});
  raises(() => call(M, [1], null), "TypeError", "type.__new__() takes exactly 3 arguments (1 given)");
  const B = cls("B", [], {});
  raises(() => cls("C", [B, B], {}), "TypeError", "duplicate base class B");
  raises(
    () => cls("C", [], {}, typeType, [["x", 1]]),
    "TypeError",
    "C.__init_subclass__() takes no keyword arguments",
  );
  const I = cls("I", [], { __init__: fn("__init__", () => 1) });
  raises(() => typeCall(I, [], null), "TypeError", "__init__() should return None, not 'int'");
});

test("types.GenericAlias and types.UnionType", () => {
  const C = cls("C", [], {});
  const alias = A.getItem(typeType, C);
  assert.equal(A.reprJS(alias), "type[__main__.C]");
  assert.equal(A.getAttr(alias, "__origin__"), typeType);
  const u = A.binaryOp(C, None, A.BinaryOp.Or);
  assert.equal(A.reprJS(u), "__main__.C | None");
  assert.equal(A.isInstance(typeCall(C, [], null), u), true);
  assert.equal(A.isInstance(1, u), false);
  assert.equal(A.richCompareBool(u, A.binaryOp(None, C, A.BinaryOp.Or), A.CompareOp.Eq), true);
});

test("module __getattr__ (PEP 562)", () => {
  const m = newModule("lazy");
  A.setAttr(
    m,
    "__getattr__",
    fn("__getattr__", (name) => `lazy ${String(name)}`),
  );
  assert.equal(A.getAttr(m, "thing"), "lazy thing");
});
