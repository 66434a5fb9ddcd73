// The _abc module that Lib/abc.py builds ABCMeta on (CPython's Modules/_abc.c): each ABC's
// registry of virtual subclasses and its caches of subclass-check answers, kept natively
// so that isinstance(x, Mapping) does not run Python code once the answer is cached.
//
// The registry and the caches hold classes weakly (a class made and dropped by a program is
// not kept alive by an isinstance check against an ABC). A registration anywhere
// invalidates every ABC's negative cache, through the global invalidation counter.
// __abc_tpflags__ in a class body, and registering with Sequence or Mapping, give a class
// the collection flag that `match` uses to pick sequence or mapping patterns.

import { None, NotImplemented, objectType, typeType } from "../objects/bootstrap.js";
import { getAttrOpt, isSubclass, isTrue, setAttr, toArray } from "../objects/abstract.js";
import { callMethod, reportedClass } from "../objects/attributes.js";
import { exceptionType, newException, runtimeError, typeError } from "../objects/exceptions.js";
import { builtinFunction } from "../objects/function.js";
import { PyList } from "../objects/list.js";
import { PyInstance, typeOf, type PyObject } from "../objects/object.js";
import { frozensetConstant, newSet, setAdd } from "../objects/set.js";
import { newTuple } from "../objects/tuple.js";
import { PyType } from "../objects/type.js";
import { newWeakRef, refType } from "../objects/weakref.js";
import { COLLECTION_FLAGS, recordedCollectionFlags } from "../objects/collection_flags.js";
import { registerNativeModule } from "./registry.js";

/** A set of classes held weakly: membership through a WeakSet, iteration (the registry,
 * _get_dump) through WeakRefs. */
class WeakClassSet {
  private members = new WeakSet<PyType>();
  private refs: WeakRef<PyType>[] = [];
  has(t: PyObject): boolean {
    return t instanceof PyType && this.members.has(t);
  }
  add(t: PyType): void {
    if (this.members.has(t)) return;
    this.members.add(t);
    this.refs.push(new WeakRef(t));
  }
  clear(): void {
    this.members = new WeakSet();
    this.refs = [];
  }
  /** The members still alive (dead ones are dropped). */
  alive(): PyType[] {
    const out: PyType[] = [];
    this.refs = this.refs.filter((r) => {
      const t = r.deref();
      if (t !== undefined && this.members.has(t)) out.push(t);
      return t !== undefined;
    });
    return out;
  }
}

/** `_abc._abc_data`: one ABC's registry and caches (its `_abc_impl`). */
const abcDataType = new PyType(typeType, "_abc_data", [objectType], false);
abcDataType.dict.set("__module__", "_abc");

class AbcData extends PyInstance {
  readonly registry = new WeakClassSet();
  readonly cache = new WeakClassSet();
  readonly negativeCache = new WeakClassSet();
  negativeCacheVersion = invalidationCounter;
  constructor() {
    super(abcDataType);
  }
}

/** Bumped by every registration: negative caches older than it are stale. */
let invalidationCounter = 0;

function implOf(cls: PyObject): AbcData {
  // The class's own `_abc_impl` (ABCMeta.__new__ sets one on every ABC), read from its
  // namespace when its metaclass reads class attributes the ordinary way.
  if (cls instanceof PyType) {
    const meta = cls.type;
    const v = cls.lookup("_abc_impl");
    if (
      v instanceof AbcData &&
      meta.lookup("_abc_impl") === undefined &&
      meta.lookup("__getattribute__") === typeType.lookup("__getattribute__")
    )
      return v;
  }
  const impl = getAttrOpt(cls, "_abc_impl");
  if (impl === undefined) throw newException(exceptionType("AttributeError"), "_abc_impl");
  if (!(impl instanceof AbcData)) throw typeError("_abc_impl is set to a wrong type");
  return impl;
}

function hasAbstractFlag(value: PyObject | undefined): boolean {
  if (value === undefined) return false;
  const flag = getAttrOpt(value, "__isabstractmethod__");
  return flag !== undefined && isTrue(flag);
}

/** cls.__abstractmethods__: the abstract names of its body, and those of its bases that it
 * has not overridden with something concrete. */
function computeAbstractMethods(cls: PyType): void {
  const abstracts: PyObject[] = [];
  const seen = new Set<string>();
  const note = (name: string) => {
    if (!seen.has(name)) {
      seen.add(name);
      abstracts.push(name);
    }
  };
  for (const [name, value] of [...cls.dict]) if (hasAbstractFlag(value)) note(name);
  const bases = getAttrOpt(cls, "__bases__");
  if (bases === undefined || typeOf(bases).name !== "tuple") throw typeError("__bases__ is not tuple");
  for (const base of toArray(bases)) {
    const names = getAttrOpt(base, "__abstractmethods__");
    if (names === undefined) continue;
    for (const name of toArray(names)) {
      if (typeof name !== "string") continue;
      if (hasAbstractFlag(getAttrOpt(cls, name))) note(name);
    }
  }
  setAttr(cls, "__abstractmethods__", frozensetConstant(abstracts));
}

function abcInit(self: PyObject): PyObject {
  if (!(self instanceof PyType)) throw typeError("_abc_init() argument must be a class");
  computeAbstractMethods(self);
  setAttr(self, "_abc_impl", new AbcData());
  const flags = self.dict.get("__abc_tpflags__");
  if (flags !== undefined) {
    if (typeof flags === "number") {
      if ((flags & COLLECTION_FLAGS) === COLLECTION_FLAGS)
        throw typeError("__abc_tpflags__ cannot be both Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING");
      if ((flags & COLLECTION_FLAGS) !== 0) self.extra["collectionFlags"] = flags & COLLECTION_FLAGS;
    }
    self.dict.delete("__abc_tpflags__");
    self.modified();
  }
  return None;
}

function abcRegister(self: PyObject, subclass: PyObject): PyObject {
  if (!(subclass instanceof PyType)) throw typeError("Can only register classes");
  if (isSubclass(subclass, self)) return subclass; // already one (X.register(X) included)
  if (isSubclass(self, subclass)) throw runtimeError("Refusing to create an inheritance cycle");
  implOf(self).registry.add(subclass);
  invalidationCounter++;
  if (self instanceof PyType) {
    const flag = recordedCollectionFlags(self);
    if (flag !== 0) setCollectionFlagRecursively(subclass, flag);
  }
  return subclass;
}

function setCollectionFlagRecursively(t: PyType, flag: number): void {
  // Built-in types are immutable (str registered as a Sequence is no sequence to `match`).
  if (t.isBuiltin) return;
  const own = t.extra["collectionFlags"];
  if (typeof own === "number" && own !== 0) return;
  t.extra["collectionFlags"] = flag;
  for (const sub of toArray(callMethod(t, "__subclasses__", []))) {
    if (sub instanceof PyType) setCollectionFlagRecursively(sub, flag);
  }
}

function abcInstanceCheck(self: PyObject, instance: PyObject): PyObject {
  const impl = implOf(self);
  const subclass = reportedClass(instance) ?? typeOf(instance);
  if (impl.cache.has(subclass)) return true;
  const subtype = typeOf(instance);
  if (subtype === subclass) {
    if (impl.negativeCacheVersion === invalidationCounter && impl.negativeCache.has(subclass)) return false;
    return callMethod(self, "__subclasscheck__", [subclass]);
  }
  const r = callMethod(self, "__subclasscheck__", [subclass]);
  if (isTrue(r)) return r;
  return callMethod(self, "__subclasscheck__", [subtype]);
}

function abcSubclassCheck(self: PyObject, subclass: PyObject): PyObject {
  if (!(subclass instanceof PyType)) throw typeError("issubclass() arg 1 must be a class");
  const impl = implOf(self);
  if (impl.cache.has(subclass)) return true;
  if (impl.negativeCacheVersion < invalidationCounter) {
    impl.negativeCache.clear();
    impl.negativeCacheVersion = invalidationCounter;
  } else if (impl.negativeCache.has(subclass)) return false;
  const ok = callMethod(self, "__subclasshook__", [subclass]);
  if (ok === true) {
    impl.cache.add(subclass);
    return true;
  }
  if (ok === false) {
    impl.negativeCache.add(subclass);
    return false;
  }
  if (ok !== NotImplemented)
    throw newException(
      exceptionType("AssertionError"),
      "__subclasshook__ must return either False, True, or NotImplemented",
    );
  if (subclass.mro.includes(self as PyType)) {
    impl.cache.add(subclass);
    return true;
  }
  if (impl.registry.has(subclass)) return true;
  for (const registered of impl.registry.alive()) {
    if (isSubclass(subclass, registered)) {
      impl.cache.add(subclass);
      return true;
    }
  }
  const subclasses = callMethod(self, "__subclasses__", []);
  if (!(subclasses instanceof PyList)) throw typeError("__subclasses__() must return a list");
  for (const scls of [...subclasses.items]) {
    if (isSubclass(subclass, scls)) {
      impl.cache.add(subclass);
      return true;
    }
  }
  impl.negativeCache.add(subclass);
  return false;
}

/** A set of weak references to the classes, as _get_dump gives them. */
function refSet(classes: PyType[]): PyObject {
  const s = newSet();
  for (const t of classes) setAdd(s, newWeakRef(refType, t, None));
  return s;
}

function abcModule(): Record<string, PyObject> {
  const fn = (name: string, arity: number, impl: (...a: PyObject[]) => PyObject) =>
    builtinFunction(
      name,
      (args, kwnames) => {
        if ((kwnames?.length ?? 0) > 0) throw typeError(`${name}() takes no keyword arguments`);
        if (args.length !== arity)
          throw typeError(
            arity === 1
              ? `${name}() takes exactly one argument (${args.length} given)`
              : `${name} expected ${arity} arguments, got ${args.length}`,
          );
        return impl(...args);
      },
      "_abc",
    );
  return {
    _abc_data: abcDataType,
    get_cache_token: fn("get_cache_token", 0, () => invalidationCounter),
    _abc_init: fn("_abc_init", 1, abcInit),
    _abc_register: fn("_abc_register", 2, abcRegister),
    _abc_instancecheck: fn("_abc_instancecheck", 2, abcInstanceCheck),
    _abc_subclasscheck: fn("_abc_subclasscheck", 2, abcSubclassCheck),
    _get_dump: fn("_get_dump", 1, (self) => {
      const impl = implOf(self);
      return newTuple([
        refSet(impl.registry.alive()),
        refSet(impl.cache.alive()),
        refSet(impl.negativeCache.alive()),
        impl.negativeCacheVersion,
      ]);
    }),
    _reset_registry: fn("_reset_registry", 1, (self) => {
      implOf(self).registry.clear();
      return None;
    }),
    _reset_caches: fn("_reset_caches", 1, (self) => {
      const impl = implOf(self);
      impl.cache.clear();
      impl.negativeCache.clear();
      return None;
    }),
  };
}

registerNativeModule("_abc", abcModule);
