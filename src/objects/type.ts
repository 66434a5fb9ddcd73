// Type objects: name, bases, C3 MRO, a namespace, and a version tag that changes whenever
// the type or any of its bases is modified, so that caches (this file's method cache, the
// interpreter's inline caches, the JIT's compiled code) can guard on one number.

import type { PyObject, PyObjectBase, WithSerial } from "./object.js";

let nextVersion = 1;

/** Told of each WeakRef a type makes to a new subclass (finalization.ts counts it as it
 * counts weak references: V8 keeps the target of every WeakRef made during the JS job,
 * which a Python program's run is, until the kept set is released). */
export const subclassRefHooks = { made: (): void => {} };

/** What type.ts needs of the dict behind `__dict__` (a PyDict, which imports this module). */
interface NamespaceCopy {
  setStr(key: string, value: PyObject): void;
  delete(key: PyObject): boolean;
}

/** Builds instances for a type: the storage of its solid base (e.g. a PyList for a list
 * subclass), tagged with the actual type. */
export type InstanceFactory = (type: PyType) => PyObjectBase;

/** The keys of a class namespace that are not strs (`type("X", (), {obj: 1})`), kept in a
 * PyDict so that looking a name up among them asks their `__eq__` as CPython's does. */
interface ForeignKeys {
  get(key: PyObject): PyObject | undefined;
  forEach(fn: (key: PyObject, value: PyObject) => void): void;
}

export class PyType implements PyObjectBase, WithSerial {
  /** The metatype. */
  type: PyType;
  serial = 0;
  name: string;
  qualname: string;
  bases: PyType[];
  mro: PyType[] = [];
  /** The type's namespace (`__dict__`), in insertion order. */
  readonly dict = new Map<string, PyObject>();
  /** Namespace entries whose keys are not strs, or null (almost always). */
  foreign: ForeignKeys | null = null;
  /** Changes on every mutation of this type or of a type in its MRO. */
  version = nextVersion++;
  /** Whether Python code may subclass it (`Py_TPFLAGS_BASETYPE`). */
  isBaseType = true;
  /** Calling it raises "cannot create 'X' instances" (`Py_TPFLAGS_DISALLOW_INSTANTIATION`). */
  disallowInstantiation = false;
  /** Built-in types are immutable from Python (`setattr(int, 'x', 1)` fails). */
  isBuiltin: boolean;
  /** Instances carry a `__dict__` (Python classes without `__slots__`). */
  hasInstanceDict = false;
  /** Names of `__slots__` entries laid out in instances, base classes first. */
  slotNames: string[] = [];
  /** Builds a fresh instance's storage; inherited from the solid base. */
  newInstance: InstanceFactory | null = null;
  /** attributes.ts's record of which attribute algorithm the type uses (by version). */
  attrSlots: unknown = null;
  /** typeobject.ts's record of `__new__`/`__init__` for instance creation (by version). */
  callSlots: unknown = null;
  /** abstract.ts's record of `__bool__`/`__len__` for truth tests (by version). */
  truthSlots: unknown = null;
  /** `cls(*args)` in one step, for a built-in type whose `__init__` is object's (CPython's
   * tp_vectorcall): no `__new__` lookup, no argument list with the class prepended. Set
   * on the type itself only: a subclass constructs the general way. */
  vectorcall: ((args: PyObject[], kwnames: readonly string[] | null) => PyObject) | null = null;
  /** `o(*args)` for instances of this very type (CPython's tp_call), set on built-in types
   * whose `__call__` no subclass can have changed: call.ts calls it without looking up
   * `__call__`. A subclass has its own null. */
  call: ((o: PyObject, args: PyObject[], kwnames: readonly string[] | null) => PyObject) | null = null;
  /** `o[key]` for instances of this very type (CPython's mp_subscript), set on built-in
   * types whose `__getitem__` no subclass can have changed: a subclass has its own null. */
  subscript: ((o: PyObject, key: PyObject) => PyObject) | null = null;
  /** `o[key] = value`, and `del o[key]` when value is null, for instances of this very type
   * (CPython's mp_ass_subscript); set like `subscript`. */
  assSubscript: ((o: PyObject, key: PyObject, value: PyObject | null) => void) | null = null;
  /** The dict that `__dict__` proxies show (typeobject.ts makes it): setAttribute and
   * deleteAttribute keep it up to date, so that a proxy taken earlier sees them, as
   * CPython's live view does; any other change to the namespace drops it. */
  namespaceView: NamespaceCopy | null = null;
  /** Extra per-type data owned by whichever module defines the type. */
  extra: Record<string, unknown> = {};
  private subclassRefs: WeakRef<PyType>[] = [];
  /** When subclassRefs next drops the refs of collected subclasses: classes made and
   * dropped in a loop (a class factory) left one dead WeakRef each on `object` for good,
   * which every garbage collection then went through. */
  private subclassRefsPruneAt = 16;
  private readonly cache = new Map<string, PyObject | null>();

  constructor(metatype: PyType | null, name: string, bases: PyType[], isBuiltin: boolean) {
    this.type = metatype ?? this;
    this.name = name;
    this.qualname = name;
    this.bases = bases;
    this.isBuiltin = isBuiltin;
    for (const b of bases) b.addSubclassRef(this);
    this.mro = computeMro(this);
    // Every built-in type has a __doc__ of its own, None when it has no docstring, so
    // that instances do not find object's (CPython's type_ready from a NULL tp_doc).
    if (isBuiltin) {
      if (builtinDoc.none !== undefined) this.dict.set("__doc__", builtinDoc.none);
      else builtinDoc.early.push(this);
    }
    const solid = bases[0];
    if (solid) {
      this.newInstance = solid.newInstance;
      this.hasInstanceDict = solid.hasInstanceDict;
    }
  }

  /** Looks `name` up along the MRO (`_PyType_Lookup`), cached until the next mutation. */
  lookup(name: string): PyObject | undefined {
    const cached = this.cache.get(name);
    if (cached !== undefined) return cached === null ? undefined : cached;
    // The MRO as it is now: an __eq__ of a foreign key may change it meanwhile.
    const mro = this.mro;
    for (let i = 0; i < mro.length; i++) {
      const t = mro[i]!;
      const v = t.dict.get(name) ?? (t.foreign === null ? undefined : t.foreign.get(name));
      if (v !== undefined) {
        this.cache.set(name, v);
        return v;
      }
    }
    this.cache.set(name, null);
    return undefined;
  }

  /** The type in the MRO whose namespace defines `name`. */
  lookupOwner(name: string): PyType | undefined {
    for (const t of this.mro) if (t.dict.has(name)) return t;
    return undefined;
  }

  isSubtypeOf(other: PyType): boolean {
    if (this === other) return true;
    const mro = this.mro;
    for (let i = 1; i < mro.length; i++) if (mro[i] === other) return true;
    return false;
  }

  /** Stores into the namespace and invalidates every cache that depends on it. */
  setAttribute(name: string, value: PyObject): void {
    this.dict.set(name, value);
    this.bumpVersion();
    this.namespaceView?.setStr(name, value);
  }

  deleteAttribute(name: string): boolean {
    const had = this.dict.delete(name);
    if (had) {
      this.bumpVersion();
      this.namespaceView?.delete(name);
    }
    return had;
  }

  /** Bumps the version of this type and all its live subclasses, after a change made to
   * `dict` directly (the `__dict__` view is made again) or to the bases. */
  modified(): void {
    this.namespaceView = null;
    this.bumpVersion();
  }

  private bumpVersion(): void {
    this.version = nextVersion++;
    this.cache.clear();
    // A subclass's own namespace is unchanged: its view stays. A ref may be left from a
    // __bases__ since replaced (the old base may now be a subclass of it): skip those.
    for (const ref of this.subclassRefs) {
      const sub = ref.deref();
      if (sub !== undefined && sub.bases.includes(this)) sub.bumpVersion();
    }
  }

  private addSubclassRef(t: PyType): void {
    if (this.subclassRefs.length >= this.subclassRefsPruneAt) {
      this.subclassRefs = this.subclassRefs.filter((r) => r.deref() !== undefined);
      this.subclassRefsPruneAt = Math.max(16, 2 * this.subclassRefs.length);
    }
    this.subclassRefs.push(new WeakRef(t));
    subclassRefHooks.made();
  }

  /** Leaves the subclass lists of its bases (a class whose creation failed after it was
   * made, which CPython never lists). */
  unlinkFromBases(): void {
    for (const b of this.bases) b.subclassRefs = b.subclassRefs.filter((r) => r.deref() !== this);
  }

  /** Live direct subclasses, in creation order (`type.__subclasses__()`). */
  subclasses(): PyType[] {
    const out: PyType[] = [];
    for (const ref of this.subclassRefs) {
      const t = ref.deref();
      if (t && t.bases.includes(this)) out.push(t);
    }
    return out;
  }

  /** Replaces the bases (assignment to `__bases__`) and recomputes the MRO. */
  setBases(bases: PyType[]): void {
    this.bases = bases;
    for (const b of bases) if (!b.subclassRefs.some((r) => r.deref() === this)) b.addSubclassRef(this);
    this.mro = computeMro(this);
    this.modified();
  }
}

/** Thrown by computeMro; the caller turns it into CPython's TypeError. */
export class MroError {
  constructor(readonly message: string) {}
}

/** None, once bootstrap.ts has made it; the built-in types made before it wait in `early`. */
export const builtinDoc: { none: PyObject | undefined; early: PyType[] } = { none: undefined, early: [] };

/** _PyType_Name: a built-in's name without its module (`OrderedDict`). */
function shortName(t: PyType): string {
  return t.name.slice(t.name.lastIndexOf(".") + 1);
}

/** C3 linearisation. An explicit `mro()` override on a metaclass is handled by class
 * creation, which may replace `type.mro` afterwards. */
export function computeMro(t: PyType): PyType[] {
  if (t.bases.length === 0) return [t];
  if (t.bases.length === 1) return [t, ...t.bases[0]!.mro];
  // As CPython's check_duplicates: `__bases__ = (tuple, tuple)` reaches here, not only
  // class statements.
  const dup = t.bases.find((b, i) => t.bases.indexOf(b) !== i);
  if (dup !== undefined) throw new MroError(`duplicate base class ${shortName(dup)}`);
  const seqs: PyType[][] = t.bases.map((b) => [...b.mro]);
  seqs.push([...t.bases]);
  const out: PyType[] = [t];
  for (;;) {
    const live = seqs.filter((s) => s.length > 0);
    if (live.length === 0) return out;
    let candidate: PyType | undefined;
    for (const s of live) {
      const head = s[0]!;
      if (!live.some((other) => other.indexOf(head) > 0)) {
        candidate = head;
        break;
      }
    }
    if (candidate === undefined) {
      const names = live.map((s) => shortName(s[0]!));
      const unique = names.filter((n, i) => names.indexOf(n) === i);
      throw new MroError(
        `Cannot create a consistent method resolution\norder (MRO) for bases ${unique.join(", ")}`,
      );
    }
    out.push(candidate);
    for (const s of live) if (s[0] === candidate) s.shift();
  }
}
