// What the VM keeps per code object: the constants as runtime objects (the register
// template copied into each new frame), the inline caches and the type feedback, one slot
// per instruction (DESIGN.md, "Tier 0"). Kept beside the compiler's CodeObject, which holds
// no runtime objects.
//
// Feedback is data a test or the JIT can read: `feedback[i]` is a bit set of the operand
// types instruction i has seen (TypeBits, left operand in the low byte, right operand in
// the next), `counters` counts calls and loop back-edges for the hotness decision.

import { BINARY_DUNDER, REFLECTED_DUNDER } from "../objects/abstract.js";
import { strFromJS } from "../objects/str.js";
import { ConstFrozenset, ConstTuple, type CodeObject, type Constant } from "../compiler/code.js";
import {
  ComplexConstant,
  EllipsisConstant,
  FloatConstant,
  SurrogateStrConstant,
} from "../parser/constant.js";
import { dictType, Ellipsis, floatType, listType, None, tupleType } from "../objects/bootstrap.js";
import { normaliseInt, type PyObject } from "../objects/object.js";
import { strFromCodePoints } from "../objects/str.js";
import { newTuple, tupleItemDescriptors } from "../objects/tuple.js";
import { ListIterator } from "../objects/list.js";
import { plainClassValue } from "../objects/attributes.js";
import { plainPropertyGetter } from "../objects/descriptors.js";
import {
  PyFunction,
  PyGetSetDescriptor,
  PyMemberDescriptor,
  PyMethodDescriptor,
} from "../objects/function.js";
import { RangeIterator } from "../objects/range.js";
import { SeqIterator } from "../objects/iterators.js";
import { DictIterator } from "../objects/dict_views.js";
import { PyStrIterator } from "../objects/str_methods.js";
import { PyGenerator, generatorType } from "./generator.js";
import { runtimeFactories } from "./factories.js";
import type { JitCodeState } from "./jit_hooks.js";
import type { DictEntry } from "../objects/dict.js";
import type { PyType } from "../objects/type.js";

/** Operand type bits recorded by BINARY_OP, COMPARE_OP and friends. */
export const TypeBits = {
  Int: 1,
  BigInt: 2,
  Float: 4,
  Str: 8,
  Bool: 16,
  Other: 32,
} as const;

export function typeBits(v: PyObject): number {
  switch (typeof v) {
    case "number":
      return 1;
    case "bigint":
      return 2;
    case "string":
      return 8;
    case "boolean":
      return 16;
    default:
      return v.type === floatType ? 4 : 32;
  }
}

/** Container kinds recorded by BINARY_SUBSCR and STORE_SUBSCR in the low byte of their
 * feedback (the key's TypeBits in the next byte). */
export const ContainerBits = {
  List: 1,
  Tuple: 2,
  Dict: 4,
  Other: 32,
} as const;

export function subscrBits(x: PyObject, key: PyObject): number {
  const keyBits = typeBits(key) << 8;
  if (typeof x !== "object") return ContainerBits.Other | keyBits;
  const t = x.type;
  const kind =
    t === listType
      ? ContainerBits.List
      : t === tupleType
        ? ContainerBits.Tuple
        : t === dictType
          ? ContainerBits.Dict
          : ContainerBits.Other;
  return kind | keyBits;
}

/** Iterator kinds recorded by GET_ITER: what compiled FOR_ITER loops over it expect. */
export const IteratorBits = {
  Range: 1,
  List: 2,
  /** A SeqIterator: a tuple's, among others. */
  Sequence: 4,
  /** A dict's (or its keys', values' or items' view's) forward iterator. */
  Dict: 8,
  Str: 16,
  Other: 32,
  /** A generator (not a coroutine): resumed by its nextValue. */
  Generator: 64,
} as const;

export function iteratorBits(it: PyObject): number {
  if (it instanceof RangeIterator) return it.bigState === null ? IteratorBits.Range : IteratorBits.Other;
  if (it instanceof ListIterator) return IteratorBits.List;
  if (it instanceof SeqIterator) return IteratorBits.Sequence;
  if (it instanceof DictIterator) return IteratorBits.Dict;
  if (it instanceof PyGenerator && it.type === generatorType) return IteratorBits.Generator;
  return it instanceof PyStrIterator ? IteratorBits.Str : IteratorBits.Other;
}

/** The AttrCache kind LOAD_ATTR records for the class attribute `descr` (undefined: none)
 * of `t`, a type with plain attribute access, or -1 when it records none. */
export function loadAttrKind(descr: PyObject | undefined, t: PyType): number {
  if (descr === undefined) return 2;
  if (descr instanceof PyMemberDescriptor) return slotOf(descr, t) >= 0 ? 8 : -1;
  if (typeof descr === "object" && tupleItemDescriptors.has(descr)) return t.isSubtypeOf(tupleType) ? 11 : -1;
  if (descr instanceof PyFunction) return 0;
  if (descr instanceof PyMethodDescriptor) return 4;
  if (descr instanceof PyGetSetDescriptor) return 5;
  if (plainClassValue(descr)) return 6;
  if (plainPropertyGetter(descr) !== null) return 7;
  return -1;
}

/** The slot index a `__slots__` descriptor reads and writes on instances of `t`, or -1
 * when the descriptor does not apply to them (a class attribute copied from an unrelated
 * class: reading it raises TypeError, which only the general path says). */
export function slotOf(descr: PyMemberDescriptor, t: PyType): number {
  return t === descr.objclass || t.isSubtypeOf(descr.objclass) ? descr.index : -1;
}

/** A LOAD_GLOBAL cache entry: the dictionary entry that held the name, in the globals or
 * the builtins, valid while both dictionaries keep their layouts (no key added or removed:
 * rebinding a global, which a module-level loop does on every pass, keeps the entry). */
export interface GlobalCache {
  globalsLayout: number;
  builtinsLayout: number;
  entry: DictEntry;
}

/** A LOAD_ATTR / LOAD_METHOD cache entry: the attribute found on the type with this
 * version (a method or class attribute not shadowed by instances of this layout). */
export interface AttrCache {
  type: unknown;
  version: number;
  /** The type attribute (for LOAD_METHOD: the unbound method). */
  value: PyObject;
  /** 0: method (bind self; for LOAD_METHOD, call with self); 2: read from the instance
   * dict, the class having no attribute of that name; 3: (STORE_ATTR) write the instance
   * dict; 4: (LOAD_ATTR) a built-in method descriptor, bound with descrGet; 5: (LOAD_ATTR)
   * a built-in getset descriptor (a data descriptor: the instance dict is not looked at);
   * 6: (LOAD_ATTR) a class attribute that is a plain value (plainClassValue), read from the
   * instance dict first; 7: (LOAD_ATTR) a `property` whose getter is a Python function;
   * 8: (LOAD_ATTR) a `__slots__` member (a data descriptor: the value is at the member's
   * index in the instance's slot array); 9: (STORE_ATTR) a `__slots__` member;
   * 10: (LOAD_METHOD) a method found through a `super` object whose `__thisclass__` is
   * `type` and whose instance's type is `start`, at `version` of `start`; 11: (LOAD_ATTR)
   * a tuple subclass's item descriptor (tupleItemDescriptors: a namedtuple field). */
  kind: number;
  /** Kind 10: the type the MRO search of `super` starts from (the instance's type). */
  start?: PyType;
  /** LOAD_METHOD: the entries for other types at a polymorphic site (kind 0 only). */
  next: AttrCache | null;
}

/** A BINARY_OP site whose left operand was an instance of a class defining the operator
 * in Python (`Vector.__sub__`): the method found on the class at this version, for the
 * right operand's type (null: an int in a JS number) at its version. Recorded only when
 * CPython's order calls the left operand's method first (the right one is not a subclass
 * overriding the reflected method). */
export interface BinaryCache {
  left: PyType;
  version: number;
  right: PyType | null;
  rightVersion: number;
  method: PyFunction;
}

/** Records the first such operand pair a BINARY_OP site meets (the JIT compiles a direct
 * call of the method for it, behind guards on both types). */
export function recordBinaryDunder(
  caches: (InlineCache | undefined)[],
  pc: number,
  x: PyObject,
  y: PyObject,
  op: number,
): void {
  if (caches[pc] !== undefined || typeof x !== "object") return;
  const left = x.type;
  if (left.isBuiltin) return;
  const method = left.lookup(BINARY_DUNDER[op]!);
  const reflected = REFLECTED_DUNDER[op]!;
  if (!(method instanceof PyFunction)) return;
  let right: PyType | null = null;
  if (typeof y === "object") {
    right = y.type;
    const r = right.lookup(reflected);
    if (right !== left && r !== undefined && right.isSubtypeOf(left) && r !== left.lookup(reflected)) return;
  } else if (typeof y !== "number") return;
  caches[pc] = {
    left,
    version: left.version,
    right,
    rightVersion: right === null ? 0 : right.version,
    method,
  };
}

/** A CALL site's Python callees: the code of the functions it called, while they all had
 * the same (closures made by one `def`, a function held in a variable); `callee` null once
 * two codes met. The JIT calls that code's direct entry for any function of it. */
export interface CallCache {
  callee: CodeObject | null;
}

/** Records the code of a Python function a CALL site calls (see CallCache). */
export function recordCallee(caches: (InlineCache | undefined)[], pc: number, code: CodeObject): void {
  const cache = caches[pc] as CallCache | undefined;
  if (cache === undefined) caches[pc] = { callee: code };
  else if (cache.callee !== code) cache.callee = null;
}

export type InlineCache = GlobalCache | AttrCache | BinaryCache | CallCache;

export class CodeRuntime {
  /** co_consts as runtime objects. */
  readonly consts: PyObject[];
  /** One inline-cache slot per instruction. */
  readonly caches: (InlineCache | undefined)[];
  /** Operand type bits per instruction. */
  readonly feedback: Int32Array;
  /** Calls of this code plus loop back-edges taken in it. */
  calls = 0;
  backEdges = 0;
  /** The JIT's state for this code (jit_hooks.ts), made when the JIT first looks at it. */
  jit: JitCodeState | null = null;
  /** Per instruction, whether a handler covers it: 0 not known yet, 1 yes, 2 no (for
   * generators suspended there, generator.ts). */
  handlerCover: Uint8Array | null = null;

  constructor(readonly code: CodeObject) {
    this.consts = code.co_consts.map(toRuntime);
    this.caches = new Array(code.length).fill(undefined);
    this.feedback = new Int32Array(code.length);
  }
}

export function codeRuntime(code: CodeObject): CodeRuntime {
  const rt = code.vmRuntime as CodeRuntime | undefined;
  if (rt !== undefined) return rt;
  return (code.vmRuntime = new CodeRuntime(code));
}

/** A compiler constant as a Python object (code objects stay as they are: MAKE_FUNCTION
 * reads them, and `__code__` exposes them). */
export function toRuntime(c: Constant): PyObject {
  if (c === null) return None;
  switch (typeof c) {
    case "boolean":
      return c;
    case "string":
      // Literals may hold astral characters, which need str's code-point representation.
      return strFromJS(c);
    case "bigint":
      return normaliseInt(c);
  }
  if (c instanceof FloatConstant) return runtimeFactories.float(c.value);
  if (c instanceof ConstTuple) return newTuple(c.items.map(toRuntime));
  if (c instanceof SurrogateStrConstant) return strFromCodePoints(c.codePoints);
  if (c instanceof EllipsisConstant) return Ellipsis;
  if (c instanceof Uint8Array) return runtimeFactories.bytes(c);
  if (c instanceof ComplexConstant) return runtimeFactories.complex(0, c.imag);
  if (c instanceof ConstFrozenset) return runtimeFactories.frozenset(c.items.map(toRuntime));
  return c as unknown as PyObject;
}
