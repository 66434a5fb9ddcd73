// Read-only attributes that CPython declares as PyMemberDef (Pattern.pattern, Match.pos...):
// a `member_descriptor`, and "readonly attribute" on assignment or deletion, where a
// getset without a setter would say "attribute 'pos' of 're.Match' objects is not
// writable".

import { memberDescriptorType } from "../../objects/bootstrap.js";
import { attributeError } from "../../objects/exceptions.js";
import { checkDescriptorSelf } from "../../objects/function.js";
import type { PyObject } from "../../objects/object.js";
import type { PyType } from "../../objects/type.js";

export class ReadonlyMember {
  type = memberDescriptorType;
  constructor(
    readonly name: string,
    readonly objclass: PyType,
    private readonly get: (self: PyObject) => PyObject,
    /** `__doc__`, which member_descriptor's getset reads. */
    readonly doc: string | null = null,
  ) {}

  descrGet(obj: PyObject | null, _owner: PyType): PyObject {
    if (obj === null) return this;
    checkDescriptorSelf(this.name, this.objclass, obj);
    return this.get(obj);
  }

  descrSet(obj: PyObject, _value: PyObject | null): void {
    checkDescriptorSelf(this.name, this.objclass, obj);
    throw attributeError("readonly attribute");
  }
}

export function defineMembers(type: PyType, members: Record<string, (self: PyObject) => PyObject>): void {
  for (const [name, get] of Object.entries(members)) type.dict.set(name, new ReadonlyMember(name, type, get));
  type.modified();
}
