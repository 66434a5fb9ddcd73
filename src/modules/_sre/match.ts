// re.Match: the result of a successful match — the spans of all groups (from the
// matcher's marks), lastindex, and the subject it was found in.

import { None, objectType, typeType } from "../../objects/bootstrap.js";
import { index, reprJS } from "../../objects/abstract.js";
import { indexError, typeError } from "../../objects/exceptions.js";
import { defineGetSets, defineMethods, type MethodCall } from "../../objects/function.js";
import { defineClassGetItem } from "../../objects/iterators.js";
import { typeOf, type PyObject } from "../../objects/object.js";
import { typeName } from "../../objects/names.js";
import { PyDict } from "../../objects/dict.js";
import { strFromJS } from "../../objects/str.js";
import { PyTuple } from "../../objects/tuple.js";
import { PyType } from "../../objects/type.js";
import { clinic, noArgs, oneArg, positional, unpack } from "./args.js";
import { defineMembers } from "./members.js";
import { callReModule, noNew, type PyPattern } from "./pattern.js";
import { groupSlice, type SubjectInfo } from "./subject.js";

// tp_name is "re.Match": error messages name it so, __name__ is "Match".
export const matchType = new PyType(typeType, "re.Match", [objectType], true);
matchType.qualname = "Match";
matchType.isBaseType = false;
matchType.extra["hasWeakref"] = false;
matchType.dict.set("__module__", "re");
matchType.dict.set("__new__", noNew(matchType));

export class PyMatch {
  type = matchType;
  constructor(
    readonly pattern: PyPattern,
    readonly subject: SubjectInfo,
    /** start and end of group 0, then of each group; -1 when a group did not match. */
    readonly spans: Int32Array,
    readonly pos: number,
    readonly endpos: number,
    /** The last group closed (1-based), or -1. */
    readonly lastindex: number,
  ) {}

  /** Group number of `g` (an int or a group name), or IndexError("no such group"), as
   * CPython's match_getindex. */
  groupIndex(g: PyObject): number {
    let i = -1;
    if (hasIndex(g)) {
      const v = index(g);
      i = typeof v === "number" ? v : v < 0n ? -1 : Infinity;
    } else if (this.pattern.groupindex.size > 0) {
      // sre keeps no groupindex dict for a pattern without named groups, so only then
      // does an unhashable key raise TypeError instead of IndexError.
      const v = this.pattern.groupindex.get(g);
      if (typeof v === "number") i = v;
    }
    if (i < 0 || i > this.pattern.groups) throw indexError("no such group");
    return i;
  }

  group(i: number, dflt: PyObject = None): PyObject {
    const s = this.spans[2 * i]!;
    const e = this.spans[2 * i + 1]!;
    if (s < 0 || e < 0) return dflt;
    return groupSlice(this.subject, s, e);
  }
}

function hasIndex(o: PyObject): boolean {
  if (typeof o === "number" || typeof o === "bigint" || typeof o === "boolean") return true;
  return typeOf(o).lookup("__index__") !== undefined;
}

function self(o: PyObject): PyMatch {
  if (!(o instanceof PyMatch))
    throw typeError(`descriptor requires a 're.Match' object but received a '${typeName(o)}'`);
  return o;
}

function withSig(text: string, impl: (m: PyMatch, ...v: (PyObject | undefined)[]) => PyObject): MethodCall {
  const sig = clinic(text);
  return (o, args, kwnames) => impl(self(o), ...unpack(sig, args, kwnames));
}

/** start/end/span: one optional positional-only group. */
function withGroup(name: string, impl: (m: PyMatch, g: PyObject | undefined) => PyObject): MethodCall {
  return (o, args, kwnames) => {
    const m = self(o);
    positional(`Match.${name}`, 0, 1, args, kwnames);
    return impl(m, args[0]);
  };
}

function span(m: PyMatch, g: PyObject | undefined): [number, number] {
  const i = g === undefined ? 0 : m.groupIndex(g);
  return [m.spans[2 * i]!, m.spans[2 * i + 1]!];
}

defineMethods(matchType, {
  group: (o, args, kwnames) => {
    const m = self(o);
    if (kwnames && kwnames.length) throw typeError("Match.group() takes no keyword arguments");
    if (args.length === 0) return m.group(0);
    if (args.length === 1) return m.group(m.groupIndex(args[0]!));
    return new PyTuple(args.map((a) => m.group(m.groupIndex(a))));
  },
  __getitem__: (o, args) => {
    const m = self(o);
    return m.group(m.groupIndex(args[0]!));
  },
  groups: withSig("groups(default=?)", (m, d) => {
    const out: PyObject[] = [];
    for (let i = 1; i <= m.pattern.groups; i++) out.push(m.group(i, d ?? None));
    return new PyTuple(out);
  }),
  groupdict: withSig("groupdict(default=?)", (m, d) => {
    const out = new PyDict();
    m.pattern.groupindex.forEach((k, v) => out.set(k, m.group(m.groupIndex(v), d ?? None)));
    return out;
  }),
  start: withGroup("start", (m, g) => span(m, g)[0]),
  end: withGroup("end", (m, g) => span(m, g)[1]),
  span: withGroup("span", (m, g) => new PyTuple(span(m, g))),
  expand: withSig("expand(template)", (m, t) => callReModule("_expand", [m.pattern, m, t!])),
  __copy__: (o, args, kwnames) => {
    noArgs("Match.__copy__", args, kwnames);
    return self(o);
  },
  __deepcopy__: (o, args, kwnames) => {
    oneArg("Match.__deepcopy__", args, kwnames);
    return self(o);
  },
  __repr__: (o) => {
    const m = self(o);
    const g = reprJS(m.group(0)).slice(0, 50);
    return strFromJS(`<re.Match object; span=(${m.spans[0]}, ${m.spans[1]}), match=${g}>`);
  },
});

defineClassGetItem(matchType);

defineMembers(matchType, {
  string: (o) => self(o).subject.object,
  re: (o) => self(o).pattern,
  pos: (o) => self(o).pos,
  endpos: (o) => self(o).endpos,
});

defineGetSets(matchType, {
  lastindex: [(o) => (self(o).lastindex < 0 ? None : self(o).lastindex)],
  lastgroup: [
    (o) => {
      const m = self(o);
      if (m.lastindex < 0) return None;
      return m.pattern.indexgroup[m.lastindex] ?? None;
    },
  ],
  regs: [
    (o) => {
      const m = self(o);
      const out: PyObject[] = [];
      for (let i = 0; i <= m.pattern.groups; i++)
        out.push(new PyTuple([m.spans[2 * i]!, m.spans[2 * i + 1]!]));
      return new PyTuple(out);
    },
  ],
});
