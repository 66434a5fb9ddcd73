// itertools.groupby with its `_grouper` objects, and itertools.tee with the `_tee`
// iterators and the `_tee_dataobject` buffer they share. Both keep CPython's object
// structure because pickles show it: a groupby's state is (currkey, currvalue, tgtkey), a
// grouper pickles as `_grouper(parent, tgtkey)`, and tee's buffer is a linked list of
// blocks of LINKCELLS values, each block pickled as `_tee_dataobject(it, values, next)`.

import { listType, None } from "../objects/bootstrap.js";
import { call } from "../objects/call.js";
import {
  callMethod,
  CompareOp,
  getAttrOpt,
  getIter,
  iterNext,
  richCompareBool,
} from "../objects/abstract.js";
import { runtimeError, typeError, valueError } from "../objects/exceptions.js";
import { builtinFunction, defineMethods } from "../objects/function.js";
import { defineNew, iteratorHooks } from "../objects/iterators.js";
import { PyList } from "../objects/list.js";
import { typeOf, type PyObject, type PyObjectBase } from "../objects/object.js";
import { emptyTuple, PyTuple } from "../objects/tuple.js";
import type { PyType } from "../objects/type.js";
import { noArgs, oneArg } from "../objects/str_args.js";
import { checkArgCount, moduleIterType, moduleType, noKeywordsFor, parseKw } from "./itertools_helpers.js";
import {
  declare,
  ItIter,
  M,
  ssizeArg,
  stateArgOfType,
  stateCInt,
  stateItems,
  tuple,
} from "./itertools_base.js";

// ---- groupby ----

/** `undefined` fields are CPython's NULLs: no key or value read yet, or already consumed. */
class GroupBy extends ItIter {
  tgtkey: PyObject | undefined = undefined;
  currkey: PyObject | undefined = undefined;
  currvalue: PyObject | undefined = undefined;
  currgrouper: Grouper | null = null;
  constructor(
    type: PyType,
    readonly it: PyObject,
    readonly keyfunc: PyObject,
  ) {
    super(type);
  }
  step(): boolean {
    const v = iterNext(this.it);
    if (v === undefined) return false;
    const k = this.keyfunc === None ? v : call(this.keyfunc, [v], null);
    this.currvalue = v;
    this.currkey = k;
    return true;
  }
  nextValue(): PyObject | undefined {
    this.currgrouper = null;
    for (;;) {
      if (this.currkey !== undefined) {
        if (this.tgtkey === undefined) break;
        if (!richCompareBool(this.tgtkey, this.currkey, CompareOp.Eq)) break;
      }
      if (!this.step()) return undefined;
    }
    this.tgtkey = this.currkey;
    return new PyTuple([this.currkey!, new Grouper(this, this.tgtkey!)]);
  }
}

const groupbyType = declare("groupby", (cls, args, kwnames) => {
  const [iterable, key = None] = parseKw("groupby", args, kwnames, ["iterable", "key"], 1);
  return new GroupBy(cls, getIter(iterable!), key);
});
defineMethods(groupbyType, {
  // The current grouper is not part of the state: after unpickling, the next group starts.
  __reduce__(self, args, kwnames) {
    noArgs("groupby.__reduce__", args, kwnames);
    const g = self as GroupBy;
    const ctorArgs = tuple(g.it, g.keyfunc);
    const { tgtkey, currkey, currvalue } = g;
    if (tgtkey === undefined || currkey === undefined || currvalue === undefined)
      return tuple(typeOf(self), ctorArgs);
    return tuple(typeOf(self), ctorArgs, tuple(currkey, currvalue, tgtkey));
  },
  __setstate__(self, args, kwnames) {
    const [currkey, currvalue, tgtkey] = stateItems(oneArg("groupby.__setstate__", args, kwnames), 3, 3);
    const g = self as GroupBy;
    g.currkey = currkey;
    g.currvalue = currvalue;
    g.tgtkey = tgtkey;
    return None;
  },
});

/** A group's iterator: it reads from its groupby while it is the groupby's current one. */
class Grouper extends ItIter {
  constructor(
    readonly parent: GroupBy,
    readonly tgtkey: PyObject,
  ) {
    super(grouperType);
    parent.currgrouper = this;
  }
  nextValue(): PyObject | undefined {
    const gbo = this.parent;
    if (gbo.currgrouper !== this) return undefined;
    if (gbo.currvalue === undefined && !gbo.step()) return undefined;
    if (!richCompareBool(this.tgtkey, gbo.currkey!, CompareOp.Eq)) return undefined;
    const r = gbo.currvalue!;
    gbo.currvalue = undefined;
    gbo.currkey = undefined;
    return r;
  }
}

export const grouperType = moduleIterType(M, "_grouper", false);
defineNew(grouperType, (cls, args, kwnames) => {
  noKeywordsFor("_grouper", cls, grouperType, kwnames);
  checkArgCount("_grouper", args.length, 2, 2);
  const parent = args[0]!;
  if (!(parent instanceof GroupBy))
    throw typeError(`_grouper() argument 1 must be itertools.groupby, not ${typeOf(parent).name}`);
  return new Grouper(parent, args[1]!);
});
defineMethods(grouperType, {
  // A grouper its groupby has moved past yields nothing: it pickles as an empty iterator.
  __reduce__(self, args, kwnames) {
    noArgs("_grouper.__reduce__", args, kwnames);
    const g = self as Grouper;
    if (g.parent.currgrouper !== g) return tuple(iteratorHooks.builtin("iter"), tuple(emptyTuple));
    return tuple(typeOf(self), tuple(g.parent, g.tgtkey));
  },
});

// ---- tee ----

/** Values per block of tee's buffer (CPython's on 64-bit builds): pickles show it. */
const LINKCELLS = 57;

/** One block of tee's buffer (CPython's teedataobject): the values read so far from the
 * shared input, and the next block once this one is full. The input is read by whichever
 * tee gets ahead first; `running` refuses a read that re-enters the input. */
class TeeData implements PyObjectBase {
  type = teeDataType;
  values: PyObject[] = [];
  nextlink: TeeData | null = null;
  running = false;
  constructor(readonly it: PyObject) {}
  getItem(i: number): PyObject | undefined {
    if (i < this.values.length) return this.values[i];
    if (this.running) throw runtimeError("cannot re-enter the tee iterator");
    this.running = true;
    let v: PyObject | undefined;
    try {
      v = iterNext(this.it);
    } finally {
      this.running = false;
    }
    if (v !== undefined) this.values.push(v);
    return v;
  }
  jumpLink(): TeeData {
    if (this.nextlink === null) this.nextlink = new TeeData(this.it);
    return this.nextlink;
  }
}

export const teeDataType = moduleType(M, "_tee_dataobject", undefined, false);
defineNew(teeDataType, (cls, args, kwnames) => {
  noKeywordsFor("teedataobject", cls, teeDataType, kwnames);
  checkArgCount("teedataobject", args.length, 3, 3);
  const [it, values, next] = args as [PyObject, PyObject, PyObject];
  if (!typeOf(values).isSubtypeOf(listType))
    throw typeError(`teedataobject() argument 2 must be list, not ${typeOf(values).name}`);
  const items = (values as PyList).items;
  // A block has a successor only when it is full.
  const nextOk = next === None || (items.length === LINKCELLS && next instanceof TeeData);
  if (items.length > LINKCELLS || !nextOk) throw valueError("Invalid arguments");
  const data = new TeeData(it);
  data.values = items.slice();
  if (next !== None) data.nextlink = next as TeeData;
  return data;
});
defineMethods(teeDataType, {
  __reduce__(self, args, kwnames) {
    noArgs("_tee_dataobject.__reduce__", args, kwnames);
    const d = self as TeeData;
    return tuple(typeOf(self), tuple(d.it, new PyList(d.values.slice()), d.nextlink ?? None));
  },
});

/** A tee iterator: a position (block and index) in the shared buffer. */
class Tee extends ItIter {
  constructor(
    public data: TeeData,
    public index: number,
  ) {
    super(teeType);
  }
  nextValue(): PyObject | undefined {
    if (this.index >= LINKCELLS) {
      this.data = this.data.jumpLink();
      this.index = 0;
    }
    const v = this.data.getItem(this.index);
    if (v !== undefined) this.index++;
    return v;
  }
}

const teeType: PyType = declare(
  "_tee",
  (cls, args, kwnames) => {
    noKeywordsFor("_tee", cls, teeType, kwnames);
    checkArgCount("_tee", args.length, 1, 1);
    return teeFromIterable(args[0]!);
  },
  false,
);
defineMethods(teeType, {
  __copy__(self, args, kwnames) {
    noArgs("_tee.__copy__", args, kwnames);
    return new Tee((self as Tee).data, (self as Tee).index);
  },
  // A tee over nothing, given the buffer position by `__setstate__`.
  __reduce__(self, args, kwnames) {
    noArgs("_tee.__reduce__", args, kwnames);
    const t = self as Tee;
    return tuple(typeOf(self), tuple(emptyTuple), tuple(t.data, t.index));
  },
  __setstate__(self, args, kwnames) {
    const [data, index] = stateItems(oneArg("_tee.__setstate__", args, kwnames), 2, 2);
    stateArgOfType(data!, 1, teeDataType);
    const i = stateCInt(index!);
    if (i < 0 || i > LINKCELLS) throw valueError("Index out of range");
    const t = self as Tee;
    t.data = data as TeeData;
    t.index = i;
    return None;
  },
});

function teeFromIterable(iterable: PyObject): Tee {
  const it = getIter(iterable);
  if (it instanceof Tee) return new Tee(it.data, it.index);
  return new Tee(new TeeData(it), 0);
}

export const tee = builtinFunction(
  "tee",
  (args, kwnames) => {
    if (kwnames && kwnames.length) throw typeError("itertools.tee() takes no keyword arguments");
    checkArgCount("tee", args.length, 1, 2);
    const n = args.length > 1 ? ssizeArg(args[1]!) : 2;
    if (n < 0) throw valueError("n must be >= 0");
    if (n === 0) return new PyTuple([]);
    const it = getIter(args[0]!);
    const copyable: PyObject = getAttrOpt(it, "__copy__") !== undefined ? it : teeFromIterable(it);
    const out: PyObject[] = [copyable];
    for (let i = 1; i < n; i++) out.push(callMethod(copyable, "__copy__", []));
    return new PyTuple(out);
  },
  M,
);
