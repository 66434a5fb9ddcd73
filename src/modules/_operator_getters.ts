// operator.itemgetter, operator.attrgetter and operator.methodcaller as CPython's C types:
// not subclassable, no instance dict, called with exactly one positional argument, with
// CPython's reprs (`operator.itemgetter(1)`), `__reduce__` results and error messages.
// Each keeps what its call needs in JS form, decided once at construction: the items, the
// attribute names split at the dots, the method name with the call's argument array.

import { getItem, reprJS } from "../objects/abstract.js";
import { callMethod, getAttr } from "../objects/attributes.js";
import { typeError } from "../objects/exceptions.js";
import { defineMethods, type KwNames } from "../objects/function.js";
import { defineNew, reprEnter, reprLeave } from "../objects/iterators.js";
import type { PyObject, PyObjectBase } from "../objects/object.js";
import { isStr, jsString, strFromJS } from "../objects/str.js";
import { noArgs } from "../objects/str_args.js";
import { newTuple } from "../objects/tuple.js";
import type { PyType } from "../objects/type.js";
import { moduleType } from "./itertools_helpers.js";
import { newPartial, partialType } from "./_functools_partial.js";

function getterType(name: string, doc: string): PyType {
  const t = moduleType("operator", name, undefined, false);
  t.extra["hasWeakref"] = false;
  t.dict.set("__doc__", doc);
  return t;
}

/** `_PyArg_NoKeywords` then `PyArg_UnpackTuple(args, name, 1, 1)`, as the calls check. */
function oneOperand(name: string, args: PyObject[], kwnames: KwNames): PyObject {
  if (kwnames !== null && kwnames.length > 0) throw typeError(`${name}() takes no keyword arguments`);
  if (args.length !== 1) throw typeError(`${name} expected 1 argument, got ${args.length}`);
  return args[0]!;
}

/** `tp_name(body)`, or `tp_name(...)` when the repr recurses into the same object. */
function guardedRepr(self: PyObjectBase, body: () => string): PyObject {
  if (!reprEnter(self)) return strFromJS(`${self.type.name}(...)`);
  try {
    return strFromJS(`${self.type.name}${body()}`);
  } finally {
    reprLeave(self);
  }
}

function argsRepr(items: readonly PyObject[]): string {
  return `(${items.map(reprJS).join(", ")})`;
}

// ---- itemgetter ----

export const itemgetterType = getterType(
  "itemgetter",
  "itemgetter(item, ...) --> itemgetter object\n\n" +
    "A callable returning obj[item] for its operand obj; given several items, it\n" +
    "returns the tuple of obj[item] for each of them.",
);

class ItemGetter implements PyObjectBase {
  type = itemgetterType;
  constructor(
    readonly items: PyObject[],
    /** Made with one item: the call returns the item itself, not a 1-tuple. */
    readonly single: boolean,
  ) {}
}

function newItemGetter(args: PyObject[], kwnames: KwNames): ItemGetter {
  if (kwnames !== null && kwnames.length > 0) throw typeError("itemgetter() takes no keyword arguments");
  if (args.length === 0) throw typeError("itemgetter expected 1 argument, got 0");
  return new ItemGetter(args.slice(), args.length === 1);
}

function callItemGetter(self: PyObject, args: PyObject[], kwnames: KwNames): PyObject {
  const obj = oneOperand("itemgetter", args, kwnames);
  const g = self as ItemGetter;
  if (g.single) return getItem(obj, g.items[0]!);
  return newTuple(g.items.map((item) => getItem(obj, item)));
}

defineNew(itemgetterType, (_cls, args, kwnames) => newItemGetter(args, kwnames));
itemgetterType.vectorcall = newItemGetter;
itemgetterType.call = callItemGetter;
defineMethods(itemgetterType, {
  __call__: callItemGetter,
  __repr__(self) {
    const g = self as ItemGetter;
    return guardedRepr(g, () => (g.single ? `(${reprJS(g.items[0]!)})` : argsRepr(g.items)));
  },
  __reduce__(self, args, kwnames) {
    noArgs("itemgetter.__reduce__", args, kwnames);
    const g = self as ItemGetter;
    return newTuple([itemgetterType, newTuple(g.items.slice())]);
  },
});

// ---- attrgetter ----

export const attrgetterType = getterType(
  "attrgetter",
  "attrgetter(attr, ...) --> attrgetter object\n\n" +
    "A callable returning obj.attr for its operand obj, following dotted names\n" +
    "('a.b' gives obj.a.b); given several names, it returns the tuple of the values.",
);

class AttrGetter implements PyObjectBase {
  type = attrgetterType;
  constructor(
    /** The names as given (exact strs, for the repr and `__reduce__`). */
    readonly names: PyObject[],
    /** Each name split at its dots. */
    readonly paths: string[][],
  ) {}
}

function newAttrGetter(args: PyObject[], kwnames: KwNames): AttrGetter {
  if (kwnames !== null && kwnames.length > 0) throw typeError("attrgetter() takes no keyword arguments");
  if (args.length === 0) throw typeError("attrgetter expected 1 argument, got 0");
  const names: PyObject[] = [];
  const paths: string[][] = [];
  for (const a of args) {
    if (!isStr(a)) throw typeError("attribute name must be a string");
    const text = jsString(a);
    names.push(strFromJS(text));
    paths.push(text.split("."));
  }
  return new AttrGetter(names, paths);
}

function followPath(obj: PyObject, path: readonly string[]): PyObject {
  for (let i = 0; i < path.length; i++) obj = getAttr(obj, path[i]!);
  return obj;
}

function callAttrGetter(self: PyObject, args: PyObject[], kwnames: KwNames): PyObject {
  const obj = oneOperand("attrgetter", args, kwnames);
  const paths = (self as AttrGetter).paths;
  if (paths.length === 1) return followPath(obj, paths[0]!);
  return newTuple(paths.map((path) => followPath(obj, path)));
}

defineNew(attrgetterType, (_cls, args, kwnames) => newAttrGetter(args, kwnames));
attrgetterType.vectorcall = newAttrGetter;
attrgetterType.call = callAttrGetter;
defineMethods(attrgetterType, {
  __call__: callAttrGetter,
  __repr__(self) {
    const g = self as AttrGetter;
    return guardedRepr(g, () => argsRepr(g.names));
  },
  __reduce__(self, args, kwnames) {
    noArgs("attrgetter.__reduce__", args, kwnames);
    return newTuple([attrgetterType, newTuple((self as AttrGetter).names.slice())]);
  },
});

// ---- methodcaller ----

export const methodcallerType = getterType(
  "methodcaller",
  "methodcaller(name, ...) --> methodcaller object\n\n" +
    "A callable calling the method name of its operand obj with the other arguments\n" +
    "given here: methodcaller('f', 1, k=2)(obj) is obj.f(1, k=2).",
);

class MethodCaller implements PyObjectBase {
  type = methodcallerType;
  constructor(
    readonly name: PyObject,
    readonly jsName: string,
    /** The positional arguments then the keyword values, as a vectorcall takes them. */
    readonly args: PyObject[],
    readonly kwnames: KwNames,
  ) {}
  get npos(): number {
    return this.args.length - (this.kwnames === null ? 0 : this.kwnames.length);
  }
}

function newMethodCaller(args: PyObject[], kwnames: KwNames): MethodCaller {
  const nkw = kwnames === null ? 0 : kwnames.length;
  if (args.length - nkw < 1) throw typeError("methodcaller needs at least one argument, the method name");
  const name = args[0]!;
  if (!isStr(name)) throw typeError("method name must be a string");
  return new MethodCaller(name, jsString(name), args.slice(1), nkw > 0 ? kwnames!.slice() : null);
}

function callMethodCaller(self: PyObject, args: PyObject[], kwnames: KwNames): PyObject {
  const obj = oneOperand("methodcaller", args, kwnames);
  const m = self as MethodCaller;
  // The array goes to the callee, which may keep it: a copy.
  return callMethod(obj, m.jsName, m.args.slice(), m.kwnames);
}

defineNew(methodcallerType, (_cls, args, kwnames) => newMethodCaller(args, kwnames));
methodcallerType.vectorcall = newMethodCaller;
methodcallerType.call = callMethodCaller;
defineMethods(methodcallerType, {
  __call__: callMethodCaller,
  __repr__(self) {
    const m = self as MethodCaller;
    return guardedRepr(m, () => {
      const parts = [reprJS(m.name)];
      const npos = m.npos;
      for (let i = 0; i < npos; i++) parts.push(reprJS(m.args[i]!));
      m.kwnames?.forEach((k, i) => parts.push(`${k}=${reprJS(m.args[npos + i]!)}`));
      return `(${parts.join(", ")})`;
    });
  },
  /** Without keywords `(methodcaller, (name, *args))`; with them the keywords go into a
   * `functools.partial(methodcaller, name, **kwargs)` called with `args`. */
  __reduce__(self, args, kwnames) {
    noArgs("methodcaller.__reduce__", args, kwnames);
    const m = self as MethodCaller;
    const positional = m.args.slice(0, m.npos);
    if (m.kwnames === null) return newTuple([methodcallerType, newTuple([m.name, ...positional])]);
    const kwvalues = m.args.slice(m.npos);
    const ctor = newPartial(partialType, [methodcallerType, m.name, ...kwvalues], m.kwnames);
    return newTuple([ctor, newTuple(positional)]);
  },
});
