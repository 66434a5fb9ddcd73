// The docstrings CPython's slot wrappers carry (`int.__add__.__doc__` is "Return
// self+value."), for built-in special methods defined without a docstring of their own,
// and the text signatures CPython keeps in front of them (`__text_signature__`, which
// inspect.signature parses).

import { builtinDocs, builtinDocTypes, builtinTextSignatures } from "./builtin_docs.generated.js";

const binary: [string, string][] = [
  ["add", "+"],
  ["sub", "-"],
  ["mul", "*"],
  ["matmul", "@"],
  ["truediv", "/"],
  ["floordiv", "//"],
  ["mod", "%"],
  ["lshift", "<<"],
  ["rshift", ">>"],
  ["and", "&"],
  ["xor", "^"],
  ["or", "|"],
];

const docs = new Map<string, string>([
  ["__repr__", "Return repr(self)."],
  ["__str__", "Return str(self)."],
  ["__hash__", "Return hash(self)."],
  ["__call__", "Call self as a function."],
  ["__getattribute__", "Return getattr(self, name)."],
  ["__getattr__", "Return getattr(self, name)."],
  ["__setattr__", "Implement setattr(self, name, value)."],
  ["__delattr__", "Implement delattr(self, name)."],
  ["__lt__", "Return self<value."],
  ["__le__", "Return self<=value."],
  ["__eq__", "Return self==value."],
  ["__ne__", "Return self!=value."],
  ["__gt__", "Return self>value."],
  ["__ge__", "Return self>=value."],
  ["__iter__", "Implement iter(self)."],
  ["__next__", "Implement next(self)."],
  ["__get__", "Return an attribute of instance, which is of type owner."],
  ["__set__", "Set an attribute of instance to value."],
  ["__delete__", "Delete an attribute of instance."],
  ["__init__", "Initialize self.  See help(type(self)) for accurate signature."],
  ["__new__", "Create and return a new object.  See help(type) for accurate signature."],
  ["__del__", "Called when the instance is about to be destroyed."],
  ["__await__", "Return an iterator to be used in await expression."],
  ["__aiter__", "Return an awaitable, that resolves in asynchronous iterator."],
  ["__anext__", "Return a value or raise StopAsyncIteration."],
  ["__len__", "Return len(self)."],
  ["__getitem__", "Return self[key]."],
  ["__setitem__", "Set self[key] to value."],
  ["__delitem__", "Delete self[key]."],
  ["__contains__", "Return key in self."],
  ["__neg__", "-self"],
  ["__pos__", "+self"],
  ["__abs__", "abs(self)"],
  ["__invert__", "~self"],
  ["__bool__", "True if self else False"],
  ["__int__", "int(self)"],
  ["__float__", "float(self)"],
  ["__index__", "Return self converted to an integer, if self is suitable for use as an index into a list."],
  ["__divmod__", "Return divmod(self, value)."],
  ["__rdivmod__", "Return divmod(value, self)."],
  ["__pow__", "Return pow(self, value, mod)."],
  ["__rpow__", "Return pow(value, self, mod)."],
  ["__ipow__", "Return self**=value."],
  ...binary.flatMap(([name, op]): [string, string][] => [
    [`__${name}__`, `Return self${op}value.`],
    [`__r${name}__`, `Return value${op}self.`],
    [`__i${name}__`, `Return self${op}=value.`],
  ]),
]);

/** CPython's docstring of `attr` of the built-in type named `typeName` (a type of the
 * builtins module, `list.append`, `complex.real`, or a generator's, `coroutine.send`),
 * from the generated table. */
export function builtinAttrDoc(typeName: string, attr: string): string | undefined {
  return builtinDocTypes.has(typeName) ? builtinDocs.get(`${typeName}.${attr}`) : undefined;
}

/** CPython's `__text_signature__` of `attr` of the built-in type named `typeName` (a method
 * of a type of the builtins module: `dict.get`, `bytes.fromhex`), from the generated table. */
export function builtinAttrTextSignature(typeName: string, attr: string): string | undefined {
  return builtinDocTypes.has(typeName) ? builtinTextSignatures.get(`${typeName}.${attr}`) : undefined;
}

/** CPython's `__text_signature__` of the type of the builtins module named `typeName`
 * (`object` is "()", `list` "(iterable=(), /)"; `dict` has none). */
export function builtinTypeTextSignature(typeName: string): string | undefined {
  return builtinDocTypes.has(typeName) ? builtinTextSignatures.get(typeName) : undefined;
}

/** The text signature a docstring opens with, as CPython reads it from a class's docstring:
 * `name(...)` followed by the marker line `--` and a blank line; the marker must come
 * before the first blank line. `name` is the last part of the type's name. */
export function docTextSignature(name: string, doc: string): string | undefined {
  if (!doc.startsWith(`${name}(`)) return undefined;
  const start = name.length;
  const end = doc.indexOf(")\n--\n\n", start);
  if (end < 0) return undefined;
  const blank = doc.indexOf("\n\n", start);
  return blank >= 0 && blank < end ? undefined : doc.slice(start, end + 1);
}

/** CPython's docstring of the slot wrapper `name`, or undefined for other names. */
export function slotDoc(name: string): string | undefined {
  return docs.get(name);
}

const unarySlots = [
  "__repr__",
  "__str__",
  "__hash__",
  "__iter__",
  "__next__",
  "__del__",
  "__await__",
  "__aiter__",
  "__anext__",
  "__len__",
  "__neg__",
  "__pos__",
  "__abs__",
  "__invert__",
  "__bool__",
  "__int__",
  "__float__",
  "__index__",
];
const valueSlots = [
  "__lt__",
  "__le__",
  "__eq__",
  "__ne__",
  "__gt__",
  "__ge__",
  "__divmod__",
  "__rdivmod__",
  "__ipow__",
  ...binary.flatMap(([name]) => [`__${name}__`, `__r${name}__`, `__i${name}__`]),
];
const keySlots = ["__getitem__", "__delitem__", "__contains__"];

const textSignatures = new Map<string, string>([
  ...unarySlots.map((n): [string, string] => [n, "($self, /)"]),
  ...valueSlots.map((n): [string, string] => [n, "($self, value, /)"]),
  ...keySlots.map((n): [string, string] => [n, "($self, key, /)"]),
  ["__setitem__", "($self, key, value, /)"],
  ["__getattribute__", "($self, name, /)"],
  ["__getattr__", "($self, name, /)"],
  ["__setattr__", "($self, name, value, /)"],
  ["__delattr__", "($self, name, /)"],
  ["__call__", "($self, /, *args, **kwargs)"],
  ["__init__", "($self, /, *args, **kwargs)"],
  ["__new__", "($type, *args, **kwargs)"],
  ["__get__", "($self, instance, owner=None, /)"],
  ["__set__", "($self, instance, value, /)"],
  ["__delete__", "($self, instance, /)"],
  ["__pow__", "($self, value, mod=None, /)"],
  ["__rpow__", "($self, value, mod=None, /)"],
]);

/** The `__text_signature__` of the slot wrapper `name`, or undefined for other names. */
export function slotTextSignature(name: string): string | undefined {
  return docs.has(name) ? textSignatures.get(name) : undefined;
}
