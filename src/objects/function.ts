// Function-like objects and the calling convention.
//
// Every call uses one convention, CPython's vectorcall: `args` holds the positional
// arguments followed by the values of the keyword arguments, whose names are `kwnames`
// (null when there are none). Built-in callables receive exactly that; the argument
// binder below turns it into parameter values for functions declared with a signature.

import {
  builtinFunctionType,
  classMethodDescriptorType,
  functionType,
  getSetDescriptorType,
  memberDescriptorType,
  methodDescriptorType,
  methodType,
  wrapperDescriptorType,
  methodWrapperType,
  NotImplemented,
} from "./bootstrap.js";
import { attributeError, typeError } from "./exceptions.js";
import { typeName } from "./names.js";
import { typeOf, type AttributeDict, type PyObject, type PyObjectBase, type WithSerial } from "./object.js";
import type { PyType } from "./type.js";

/** "descriptor 'append' for 'list' objects doesn't apply to a 'int' object" */
export function checkDescriptorSelf(name: string, objclass: PyType, obj: PyObject): void {
  const t = typeOf(obj);
  if (t !== objclass && !t.isSubtypeOf(objclass)) {
    throw typeError(
      `descriptor '${name}' for '${objclass.name}' objects doesn't apply to a '${t.name}' object`,
    );
  }
}

/** The check of a built-in method descriptor called with `obj` as self (a special method
 * found on a type, `str.__eq__(x, y)`): a slot wrapper words it as wrapperdescr_call. */
export function checkCallSelf(d: PyMethodDescriptor, obj: PyObject): void {
  const t = typeOf(obj);
  if (t === d.objclass || t.isSubtypeOf(d.objclass)) return;
  if (d.type === wrapperDescriptorType)
    throw typeError(
      `descriptor '${d.name}' requires a '${d.objclass.name}' object but received a '${t.name}'`,
    );
  checkDescriptorSelf(d.name, d.objclass, obj);
}

export type KwNames = readonly string[] | null;
export type VectorCall = (args: PyObject[], kwnames: KwNames) => PyObject;
export type MethodCall = (self: PyObject, args: PyObject[], kwnames: KwNames) => PyObject;

/** A built-in function, or a built-in method bound to `self` (`[].append`). */
export class PyBuiltinFunction implements PyObjectBase {
  type: PyType = builtinFunctionType;
  /** A method-wrapper's `__objclass__`: the type whose slot wrapper was bound. */
  objclass: PyType | null = null;
  /** A type's static method (METH_STATIC, `str.maketrans`): `self` is the type, for its
   * qualname and repr, but `__self__` is None. */
  isStatic = false;
  constructor(
    readonly name: string,
    readonly qualname: string,
    readonly call: VectorCall,
    /** The bound object; for a module-level function, null until its native module is made,
     * then that module (CPython's `len.__self__ is builtins`), set once by the import system. */
    public self: PyObject | null = null,
    /** `__module__` of a module-level function ("builtins", "math"...). */
    readonly module: string | null = null,
    readonly doc: string | null = null,
  ) {}
}

/** A built-in type's method as found in the type's namespace (`list.append`). */
export class PyMethodDescriptor implements PyObjectBase {
  type = methodDescriptorType;
  /** Whether this is a built-in sequence's `+` or `*` (CPython's sq_concat & co., which the
   * number protocol tries last): set by defineSequenceMethods. */
  sequenceSlot = false;
  constructor(
    readonly name: string,
    readonly objclass: PyType,
    readonly call: MethodCall,
    readonly doc: string | null = null,
  ) {}

  /** `list.append.__get__([])`: a built-in method bound to the instance. */
  descrGet(obj: PyObject | null, _owner: PyType): PyObject {
    if (obj === null) return this;
    checkDescriptorSelf(this.name, this.objclass, obj);
    const call = this.call;
    const bound = new PyBuiltinFunction(
      this.name,
      `${this.objclass.name}.${this.name}`,
      (args, kwnames) => call(obj, args, kwnames),
      obj,
      null,
      this.doc,
    );
    if (this.type === wrapperDescriptorType) {
      bound.type = methodWrapperType;
      bound.objclass = this.objclass;
    }
    return bound;
  }
}

/** A built-in classmethod (`dict.fromkeys`): called with the class as `self`. */
export class PyClassMethodDescriptor implements PyObjectBase {
  type = classMethodDescriptorType;
  constructor(
    readonly name: string,
    readonly objclass: PyType,
    readonly call: MethodCall,
    readonly doc: string | null = null,
  ) {}

  /** `dict.fromkeys`: a built-in method bound to the class. */
  descrGet(obj: PyObject | null, owner: PyType): PyObject {
    const cls = obj === null ? owner : typeOf(obj);
    if (!cls.isSubtypeOf(this.objclass)) {
      throw typeError(
        `descriptor '${this.name}' for type '${this.objclass.name}' doesn't apply to type '${cls.name}'`,
      );
    }
    const call = this.call;
    return new PyBuiltinFunction(
      this.name,
      `${this.objclass.name}.${this.name}`,
      (args, kwnames) => call(cls, args, kwnames),
      cls,
      null,
      this.doc,
    );
  }
}

/** A computed attribute of a built-in type (`function.__name__`, `int.real`). */
export class PyGetSetDescriptor implements PyObjectBase {
  type = getSetDescriptorType;
  constructor(
    readonly name: string,
    readonly objclass: PyType,
    readonly get: (self: PyObject) => PyObject,
    readonly set: ((self: PyObject, value: PyObject | null) => void) | null = null,
    readonly doc: string | null = null,
  ) {}

  descrGet(obj: PyObject | null, _owner: PyType): PyObject {
    if (obj === null) return this;
    checkDescriptorSelf(this.name, this.objclass, obj);
    return this.get(obj);
  }

  descrSet(obj: PyObject, value: PyObject | null): void {
    checkDescriptorSelf(this.name, this.objclass, obj);
    if (this.set === null) {
      // A read-only member (PyMemberDef with READONLY) words it differently from a getset.
      if (this.type === memberDescriptorType) throw attributeError("readonly attribute");
      throw attributeError(`attribute '${this.name}' of '${this.objclass.name}' objects is not writable`);
    }
    this.set(obj, value);
  }
}

/** A `__slots__` entry: the value lives at `index` in the instance's slot array. */
export class PyMemberDescriptor implements PyObjectBase {
  type = memberDescriptorType;
  constructor(
    readonly name: string,
    readonly objclass: PyType,
    readonly index: number,
  ) {}

  descrGet(obj: PyObject | null, _owner: PyType): PyObject {
    if (obj === null) return this;
    checkDescriptorSelf(this.name, this.objclass, obj);
    const v = (obj as { slots?: PyObject[] | null }).slots?.[this.index];
    if (v === undefined) throw slotError(obj, this.name);
    return v;
  }

  descrSet(obj: PyObject, value: PyObject | null): void {
    checkDescriptorSelf(this.name, this.objclass, obj);
    const o = obj as { slots?: (PyObject | undefined)[] | null };
    const slots = (o.slots ??= []);
    if (value === null) {
      if (slots[this.index] === undefined) throw slotError(obj, this.name);
      slots[this.index] = undefined;
    } else slots[this.index] = value;
  }
}

function slotError(obj: PyObject, name: string): PyObjectBase {
  const e = attributeError(`'${typeOf(obj).name}' object has no attribute '${name}'`);
  e.setField("name", name);
  e.setField("obj", obj);
  return e;
}

/** A function defined in Python. `code` is the compiler's CodeObject; the objects layer
 * treats it as opaque and calls it through `pythonCalls.call`, installed by the vm. */
export class PyFunction implements PyObjectBase, WithSerial {
  type = functionType;
  serial = 0;
  dict: AttributeDict | null = null;
  doc: PyObject | null = null;
  annotations: PyObject | null = null;
  kwdefaults: PyObject | null = null;
  defaults: PyObject[] | null = null;
  module: PyObject | null = null;
  /** The builtins namespace its frames use (`__builtins__`): fixed when it is made, from
   * its globals' `__builtins__` or else the creating frame's (the VM sets it). */
  builtins: PyObject | null = null;
  constructor(
    public code: unknown,
    public globals: PyObject,
    public name: string,
    public qualname: string,
    public closure: PyObject[] | null,
  ) {}
}

/** A function bound to an instance (`obj.method`). */
export class PyMethod implements PyObjectBase {
  type = methodType;
  constructor(
    readonly func: PyObject,
    readonly self: PyObject,
  ) {}
}

/** A built-in `__new__` made by iterators.ts's defineNew: its implementation and the type
 * that defines it. typeCall calls the implementation itself for a class that inherits it,
 * without the builtin's argument unpacking (CPython's tp_new slot). */
export type NativeNew = (cls: PyType, args: PyObject[], kwnames: KwNames) => PyObject;
export const nativeNews = new WeakMap<object, { owner: PyType; impl: NativeNew }>();

/** How the objects layer calls Python functions; set by the vm when it starts. `tryCall` is
 * `call` for a caller that handles what the function raises itself (iteration ending in
 * StopIteration): undefined when it raised, the exception then in `raised`, with no JS throw
 * when the function is compiled. */
export const pythonCalls: {
  call: (f: PyFunction, args: PyObject[], kwnames: KwNames) => PyObject;
  tryCall: (f: PyFunction, args: PyObject[]) => PyObject | undefined;
  raised: unknown;
} = {
  call: () => {
    throw new Error("the interpreter is not initialised");
  },
  tryCall: () => {
    throw new Error("the interpreter is not initialised");
  },
  raised: undefined,
};

// ---- declaring built-ins ----

/** What a built-in function computes on floats, for compiled code to call it without the
 * call: `f` of the argument values as doubles (a float's value, or an int in the safe
 * range), when the result is finite; `int` when the function returns an int (math.floor).
 * A non-finite result may be an error the function raises, so compiled code leaves that
 * case (and every other argument type) to the function itself. */
export interface FloatKernel {
  readonly arity: 1 | 2;
  readonly f: (x: number, y: number) => number;
  readonly int: boolean;
}

/** The built-in functions that have a FloatKernel. */
export const floatKernels = new Map<PyObject, FloatKernel>();

export function builtinFunction(
  name: string,
  call: VectorCall,
  module: string | null = "builtins",
): PyBuiltinFunction {
  return new PyBuiltinFunction(name, name, call, null, module);
}

/** A built-in static method of `type` (`str.maketrans`). Kept in the type's dict as the
 * function itself: built-in functions do not bind, so it reads the same through the type
 * and its instances. */
export function builtinStaticMethod(type: PyType, name: string, call: VectorCall): PyBuiltinFunction {
  const f = new PyBuiltinFunction(name, `${type.name}.${name}`, call, type);
  f.isStatic = true;
  return f;
}

const NUMBER_SLOTS = [
  "add",
  "sub",
  "mul",
  "matmul",
  "truediv",
  "floordiv",
  "mod",
  "divmod",
  "pow",
  "lshift",
  "rshift",
  "and",
  "or",
  "xor",
];

/** Special methods that CPython implements as type slots: their descriptors on built-in
 * types are slot wrappers (`<slot wrapper '__add__' of 'int' objects>`). */
const SLOT_NAMES = new Set(
  [
    ...NUMBER_SLOTS.flatMap((n) => [`__${n}__`, `__r${n}__`, `__i${n}__`]),
    ...[
      "repr",
      "str",
      "hash",
      "call",
      "getattribute",
      "setattr",
      "delattr",
      "lt",
      "le",
      "eq",
      "ne",
      "gt",
      "ge",
    ],
    ...["iter", "next", "get", "set", "delete", "init", "del", "await", "aiter", "anext", "len", "getitem"],
    ...["setitem", "delitem", "contains", "neg", "pos", "abs", "bool", "invert", "int", "float", "index"],
  ].map((n) => (n.startsWith("__") ? n : `__${n}__`)),
);

/** The fixed number of arguments of the slot wrappers whose implementations index `args`
 * without checking (CPython's `check_num_args`: `[].__len__(1)`, `().__getitem__()`). */
const SLOT_ARITY = new Map<string, number>([
  ...[
    ...["repr", "str", "hash", "iter", "next", "len", "neg", "pos", "abs", "bool", "invert"],
    ...["int", "float", "index", "await", "aiter", "anext"],
  ].map((n): [string, number] => [`__${n}__`, 0]),
  ...[
    ...NUMBER_SLOTS.filter((n) => n !== "pow").flatMap((n) => [`__${n}__`, `__r${n}__`, `__i${n}__`]),
    ...["lt", "le", "eq", "ne", "gt", "ge", "getitem", "delitem", "contains", "delattr", "delete"].map(
      (n) => `__${n}__`,
    ),
  ].map((n): [string, number] => [n, 1]),
  ...["__setitem__", "__setattr__", "__set__"].map((n): [string, number] => [n, 2]),
]);

function checkedSlot(name: string, arity: number, call: MethodCall): MethodCall {
  return (self, args, kwnames) => {
    if (kwnames !== null && kwnames.length > 0)
      throw typeError(`wrapper ${name}() takes no keyword arguments`);
    if (args.length !== arity)
      throw typeError(`expected ${arity} argument${arity === 1 ? "" : "s"}, got ${args.length}`);
    return call(self, args, kwnames);
  };
}

/** Makes `type`'s special methods `names` plain methods taking one argument, which CPython
 * lists in the type's method table beside the slot (METH_COEXIST: list's and dict's
 * `__getitem__`, dict's and set's `__contains__`) instead of slot wrappers; their argument
 * errors are worded as METH_O's ("list.__getitem__() takes exactly one argument (0
 * given)"). Run right after defineMethods, before anything holds the wrappers. */
export function defineCoexistingMethods(type: PyType, names: readonly string[]): void {
  for (const name of names) {
    const qualname = `${type.name}.${name}`;
    const method = redefineMethod(type, name, (call) => (self, args, kwnames) => {
      if (kwnames !== null && kwnames.length > 0) throw typeError(`${qualname}() takes no keyword arguments`);
      if (args.length !== 1)
        throw typeError(`${qualname}() takes exactly one argument (${args.length} given)`);
      return call(self, args, kwnames);
    });
    method.type = methodDescriptorType;
  }
  type.modified();
}

/** Replaces `type`'s built-in method `name` with one calling `wrap(its call)`, of the same
 * kind (slot wrapper or method) and docstring; returns the new descriptor. */
function redefineMethod(
  type: PyType,
  name: string,
  wrap: (call: MethodCall) => MethodCall,
): PyMethodDescriptor {
  const d = type.dict.get(name);
  if (!(d instanceof PyMethodDescriptor)) throw new Error(`${type.name}.${name} is not a built-in method`);
  const method = new PyMethodDescriptor(name, type, wrap(d.call), d.doc);
  method.type = d.type;
  type.dict.set(name, method);
  return method;
}

/** Installs methods on a built-in type from a table of name -> implementation. */
export function defineMethods(type: PyType, methods: Record<string, MethodCall>): void {
  for (const [name, call] of Object.entries(methods)) {
    const arity = SLOT_ARITY.get(name);
    const d = new PyMethodDescriptor(name, type, arity === undefined ? call : checkedSlot(name, arity, call));
    if (SLOT_NAMES.has(name)) d.type = wrapperDescriptorType;
    type.dict.set(name, d);
  }
  type.modified();
}

/** Marks `type`'s own methods `names` (its `__add__`, `__mul__`, `__rmul__`, `__iadd__`,
 * `__imul__`) as a sequence's concatenation and repetition: CPython's sq_concat, sq_repeat
 * and their in-place forms, which PyNumber_Add and PyNumber_Multiply try only after both
 * operands' number methods (abstract.ts). The methods answer NotImplemented for an operand
 * they do not take; called as methods (`list.__add__([], 1)`) they raise, as CPython's
 * slot wrappers do, with its words. (The number protocol has given the other operand its
 * turn, and checked a count, before it calls them.) */
export function defineSequenceMethods(type: PyType, names: readonly string[]): void {
  for (const name of names) {
    const repeats = name.endsWith("mul__");
    const method = redefineMethod(type, name, (own) => (self, args, kwnames) => {
      const r = own(self, args, kwnames);
      if (r !== NotImplemented) return r;
      const other = typeName(args[0]!);
      throw typeError(
        repeats
          ? `'${other}' object cannot be interpreted as an integer`
          : `can only concatenate ${type.name} (not "${other}") to ${type.name}`,
      );
    });
    method.sequenceSlot = true;
  }
  type.modified();
}

export function defineClassMethods(type: PyType, methods: Record<string, MethodCall>): void {
  for (const [name, call] of Object.entries(methods)) {
    type.dict.set(name, new PyClassMethodDescriptor(name, type, call));
  }
  type.modified();
}

export function defineGetSets(
  type: PyType,
  getsets: Record<string, [(self: PyObject) => PyObject, ((self: PyObject, v: PyObject | null) => void)?]>,
): void {
  for (const [name, [get, set]] of Object.entries(getsets)) {
    type.dict.set(name, new PyGetSetDescriptor(name, type, get, set ?? null));
  }
  type.modified();
}

/** Fields that CPython declares as members (PyMemberDef: `function.__globals__`,
 * `function.__doc__`): their descriptors are `member_descriptor`s (what
 * `types.MemberDescriptorType` is), and those without a setter are read-only ones. */
export function defineMembers(
  type: PyType,
  members: Record<string, [(self: PyObject) => PyObject, ((self: PyObject, v: PyObject | null) => void)?]>,
): void {
  defineGetSets(type, members);
  for (const name of Object.keys(members))
    (type.dict.get(name) as PyGetSetDescriptor).type = memberDescriptorType;
}

/** Read-only fields that CPython declares as members (PyMemberDef, `complex.real`,
 * `property.fget`): their descriptors are `member_descriptor`s, whose refusal to be set
 * reads "readonly attribute". */
export function defineReadonlyMembers(
  type: PyType,
  members: Record<string, [(self: PyObject) => PyObject, string?]>,
): void {
  for (const [name, [get, doc]] of Object.entries(members)) {
    const d = new PyGetSetDescriptor(name, type, get, null, doc ?? null);
    d.type = memberDescriptorType;
    type.dict.set(name, d);
  }
  type.modified();
}

// ---- the argument binder ----

/** A parsed signature such as `"pop(index=?, /)"`: `=?` marks an optional parameter
 * (absent -> `undefined` in the bound array), `/` ends positional-only parameters, `*`
 * starts keyword-only ones, `*name` collects extra positionals and `**name` extra
 * keywords. */
export interface Signature {
  name: string;
  params: string[];
  required: boolean[];
  positionalOnly: number;
  /** Index of the first keyword-only parameter, or params.length. */
  keywordOnly: number;
  varargs: boolean;
  varkw: boolean;
}

export function signature(text: string): Signature {
  const m = /^([\w.]+)\((.*)\)$/.exec(text.trim());
  if (!m) throw new Error(`bad signature ${text}`);
  const sig: Signature = {
    name: m[1]!,
    params: [],
    required: [],
    positionalOnly: 0,
    keywordOnly: -1,
    varargs: false,
    varkw: false,
  };
  const parts = m[2]!
    .split(",")
    .map((p) => p.trim())
    .filter((p) => p !== "");
  for (const p of parts) {
    if (p === "/") sig.positionalOnly = sig.params.length;
    else if (p === "*") sig.keywordOnly = sig.params.length;
    else if (p.startsWith("**")) sig.varkw = true;
    else if (p.startsWith("*")) {
      sig.varargs = true;
      sig.keywordOnly = sig.params.length;
    } else {
      const optional = p.endsWith("=?");
      sig.params.push(optional ? p.slice(0, -2) : p);
      sig.required.push(!optional);
    }
  }
  if (sig.keywordOnly < 0) sig.keywordOnly = sig.params.length;
  return sig;
}

export interface BoundArgs {
  /** One entry per declared parameter; `undefined` where an optional one was not given. */
  values: (PyObject | undefined)[];
  /** Extra positional arguments, when the signature has `*name`. */
  extra: PyObject[];
  /** Extra keyword arguments, when the signature has `**name`. */
  extraKw: [string, PyObject][];
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** Binds vectorcall arguments to a signature, with CPython's error messages. */
export function bindArgs(sig: Signature, args: PyObject[], kwnames: KwNames): BoundArgs {
  const nkw = kwnames ? kwnames.length : 0;
  const npos = args.length - nkw;
  const values: (PyObject | undefined)[] = new Array(sig.params.length).fill(undefined);
  const extra: PyObject[] = [];
  const extraKw: [string, PyObject][] = [];
  const maxPos = sig.keywordOnly;
  if (npos > maxPos && !sig.varargs) {
    const minPos = sig.required.slice(0, maxPos).filter(Boolean).length;
    if (minPos === maxPos) {
      throw typeError(
        `${sig.name}() takes ${plural(maxPos, "positional argument")} but ${npos} ${npos === 1 ? "was" : "were"} given`,
      );
    }
    throw typeError(
      `${sig.name}() takes from ${minPos} to ${maxPos} positional arguments but ${npos} were given`,
    );
  }
  for (let i = 0; i < npos; i++) {
    if (i < maxPos) values[i] = args[i];
    else extra.push(args[i]!);
  }
  for (let k = 0; k < nkw; k++) {
    const name = kwnames![k]!;
    const index = sig.params.indexOf(name);
    if (index < 0 || index < sig.positionalOnly) {
      if (sig.varkw) {
        extraKw.push([name, args[npos + k]!]);
        continue;
      }
      if (index >= 0) {
        throw typeError(
          `${sig.name}() got some positional-only arguments passed as keyword arguments: '${name}'`,
        );
      }
      throw typeError(`${sig.name}() got an unexpected keyword argument '${name}'`);
    }
    if (values[index] !== undefined)
      throw typeError(`${sig.name}() got multiple values for argument '${name}'`);
    values[index] = args[npos + k];
  }
  for (let i = 0; i < sig.params.length; i++) {
    if (values[i] === undefined && sig.required[i]) {
      const missing = sig.params.filter((_, j) => values[j] === undefined && sig.required[j]);
      const keywordOnly = i >= sig.keywordOnly;
      const kind = keywordOnly ? "keyword-only argument" : "positional argument";
      const names = missing.map((n) => `'${n}'`);
      const list =
        names.length === 1 ? names[0] : names.slice(0, -1).join(", ") + " and " + names[names.length - 1];
      throw typeError(`${sig.name}() missing ${plural(missing.length, `required ${kind}`)}: ${list}`);
    }
  }
  return { values, extra, extraKw };
}

/** `PyArg_ParseTupleAndKeywords` for `name(p1, p2=?, ...)`: positional-or-keyword
 * parameters, the first `required` of them mandatory, with getargs.c's messages. */
export function parseKw(
  name: string,
  args: PyObject[],
  kwnames: KwNames,
  params: readonly string[],
  required: number,
): (PyObject | undefined)[] {
  const nkw = kwnames ? kwnames.length : 0;
  const npos = args.length - nkw;
  if (args.length > params.length)
    throw typeError(
      `${name}() takes at most ${params.length} argument${params.length === 1 ? "" : "s"} (${args.length} given)`,
    );
  const out: (PyObject | undefined)[] = params.map((_, i) => (i < npos ? args[i] : undefined));
  for (let k = 0; k < nkw; k++) {
    const kn = kwnames![k]!;
    const i = params.indexOf(kn);
    if (i < 0) throw typeError(`'${kn}' is an invalid keyword argument for ${name}()`);
    if (i < npos) throw typeError(`argument for ${name}() given by name ('${kn}') and position (${i + 1})`);
    out[i] = args[npos + k];
  }
  for (let i = 0; i < required; i++)
    if (out[i] === undefined)
      throw typeError(`${name}() missing required argument '${params[i]}' (pos ${i + 1})`);
  return out;
}

/** Declares a built-in function by signature; `impl` receives the bound parameters. */
export function builtinWithSignature(
  text: string,
  impl: (...values: (PyObject | undefined)[]) => PyObject,
  module: string | null = "builtins",
): PyBuiltinFunction {
  const sig = signature(text);
  return builtinFunction(sig.name, (args, kwnames) => impl(...bindArgs(sig, args, kwnames).values), module);
}

/** Declares a built-in method by signature; `impl` receives self and the parameters. */
export function methodWithSignature(
  text: string,
  impl: (self: PyObject, ...values: (PyObject | undefined)[]) => PyObject,
): MethodCall {
  const sig = signature(text);
  return (self, args, kwnames) => impl(self, ...bindArgs(sig, args, kwnames).values);
}
