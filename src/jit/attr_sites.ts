// Polymorphic attribute sites: which receiver types a compiled LOAD_ATTR, STORE_ATTR or
// LOAD_METHOD accepts behind its type guard.
//
// The interpreter's inline cache holds the last type a site saw, so code compiled from it
// guards on one type. Where a site meets several (a method of a base class run for each
// subclass: DeltaBlue's constraints), the guard fails and the code was recompiled with the
// site generic, one site per deoptimisation, until the code was left without speculation.
// Instead, a failed type guard remembers the types the site accepted (policy.ts), and the
// next compilation accepts those and the cache's new one, up to MAX_SITE_TYPES. The new
// type is also accepted at the code's other sites that read the same register and accepted
// the old one (the other `self.x` of that method), which would otherwise fail next.
//
// An entry is what the interpreter's cache would hold for the type, computed from the type
// itself at compile time; the guard checks each type's version, so a later change of a type
// deoptimises as for a monomorphic site.

import type { CodeObject } from "../compiler/code.js";
import { Op } from "../compiler/opcodes.js";
import { plainAttributes } from "../objects/attributes.js";
import { PyFunction, PyMemberDescriptor, PyMethodDescriptor } from "../objects/function.js";
import { None } from "../objects/bootstrap.js";
import { primitiveTypes, typeOf, type PyObject } from "../objects/object.js";
import { PyType } from "../objects/type.js";
import { loadAttrKind, slotOf, type AttrCache, type CodeRuntime } from "../vm/code_runtime.js";

export const MAX_SITE_TYPES = 4;

/** The reason a failed attribute type guard gives starts with this. */
export const TYPE_GUARD_REASON = "type of the object of ";

export interface SiteEntry {
  type: PyType;
  version: number;
  /** As AttrCache.kind. */
  kind: number;
  value: PyObject;
}

type SiteOp = "load" | "store" | "method";

/** The cache entry the interpreter would make for an instance of `t` at a site of `op`,
 * or null when it would make none. */
export function entryFor(t: PyType, name: string, op: SiteOp): SiteEntry | null {
  // The interpreter caches loads and stores for objects only, and so compiled code expects.
  const primitive = t === primitiveTypes.int || t === primitiveTypes.bool || t === primitiveTypes.str;
  if (!plainAttributes(t) || (primitive && op !== "method")) return null;
  const descr = t.lookup(name);
  const entry = (kind: number, value: PyObject): SiteEntry => ({ type: t, version: t.version, kind, value });
  if (op === "load") {
    const kind = loadAttrKind(descr, t);
    return kind >= 0 ? entry(kind, descr ?? None) : null;
  }
  if (descr === undefined) return entry(op === "store" ? 3 : 2, None);
  if (op === "store")
    return descr instanceof PyMemberDescriptor && slotOf(descr, t) >= 0 ? entry(9, descr) : null;
  if (descr instanceof PyFunction || descr instanceof PyMethodDescriptor) return entry(0, descr);
  return null;
}

/** The register holding the object of the attribute instruction at `pc`, or -1. */
function objectRegister(code: CodeObject, pc: number): number {
  const w = code.code;
  switch (w[pc * 4]) {
    case Op.LOAD_ATTR:
    case Op.LOAD_METHOD:
      return w[pc * 4 + 2]!;
    case Op.STORE_ATTR:
      return w[pc * 4 + 1]!;
  }
  return -1;
}

/** The attribute sites of `code` on the object register of the site at `pc` (itself
 * included): the same object flows through them. */
export function sitesOnSameObject(code: CodeObject, pc: number): number[] {
  const reg = objectRegister(code, pc);
  const out: number[] = [];
  if (reg < 0) return out;
  for (let p = 0; p < code.length; p++) if (objectRegister(code, p) === reg) out.push(p);
  return out;
}

/** The type of the object at the attribute site `pc` whose guard failed, from the frame's
 * registers as the deoptimisation wrote them back; null for a non-Python value. */
export function failedType(code: CodeObject, regs: readonly unknown[], pc: number): PyType | null {
  const reg = objectRegister(code, pc);
  const o = reg >= 0 ? regs[reg] : undefined;
  if (o === undefined || o === null) return null;
  const t = typeOf(o as PyObject);
  return t instanceof PyType ? t : null;
}

/** Extra types to accept, per instruction: those its failed guard accepted, and at every
 * site on the same register, all the types that failed guards there accepted or met. */
export function widenedSites(
  code: CodeObject,
  rt: CodeRuntime,
  failed: ReadonlyMap<number, readonly PyType[]>,
): Map<number, PyType[]> {
  const extra = new Map<number, PyType[]>();
  if (failed.size === 0) return extra;
  const addTo = (map: Map<number, PyType[]>, key: number, t: PyType) => {
    const list = map.get(key) ?? [];
    if (!list.includes(t)) list.push(t);
    map.set(key, list);
  };
  const seen = new Map<number, PyType[]>();
  for (const [pc, accepted] of failed) {
    const reg = objectRegister(code, pc);
    const now = rt.caches[pc] as AttrCache | undefined;
    const met = now !== undefined && "kind" in now && now.type instanceof PyType ? [now.type] : [];
    for (const t of accepted) addTo(extra, pc, t);
    if (reg >= 0) for (const t of [...accepted, ...met]) addTo(seen, reg, t);
  }
  for (let pc = 0; pc < code.length; pc++) {
    const types = seen.get(objectRegister(code, pc));
    if (types !== undefined) for (const t of types) addTo(extra, pc, t);
  }
  return extra;
}

/** The entries a site compiles for: the cache's own, then those of the extra types that
 * the same code serves (same kind, same class attribute), at most MAX_SITE_TYPES.
 * `complete` is false when a type was left out for needing other code: such a site is made
 * generic when its guard fails, rather than accept types in turn. */
export function siteEntries(
  cache: AttrCache,
  extra: readonly PyType[] | undefined,
  name: string,
  op: SiteOp,
): { entries: SiteEntry[]; complete: boolean } {
  const first: SiteEntry = {
    type: cache.type as PyType,
    version: cache.version,
    kind: cache.kind,
    value: cache.value,
  };
  const entries = [first];
  let complete = true;
  const candidates: PyType[] = [];
  for (let e = cache.next; e !== null && op === "method"; e = e.next) candidates.push(e.type as PyType);
  candidates.push(...(extra ?? []));
  for (const t of candidates) {
    if (entries.length >= MAX_SITE_TYPES || entries.some((e) => e.type === t)) continue;
    const e = entryFor(t, name, op);
    if (e !== null && e.kind === first.kind && e.value === first.value) entries.push(e);
    else complete = false;
  }
  return { entries, complete };
}
