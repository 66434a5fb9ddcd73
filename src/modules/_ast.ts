// The `_ast` module: CPython's AST node classes, built from the parser's schema (the same
// node types, fields and attributes as CPython 3.11, by construction), and the two
// conversions `compile()` needs: parser tree -> Python objects (`PyCF_ONLY_AST`, hence
// `ast.parse`) and Python objects -> parser tree (compiling an AST object).

import { ENUM_SUMS, NODE_SCHEMA } from "../parser/ast.generated.js";
import {
  ComplexConstant,
  EllipsisConstant,
  FloatConstant,
  SurrogateStrConstant,
  type ConstantValue,
} from "../parser/constant.js";
import { ConstFrozenset, ConstTuple, type Constant } from "../compiler/code.js";
import { Ellipsis, frozensetType, None, objectType, typeType } from "../objects/bootstrap.js";
import { typeError, valueError } from "../objects/exceptions.js";
import { defineGetSets, defineMethods } from "../objects/function.js";
import { isInt, PyInstance, typeOf, type PyObject } from "../objects/object.js";
import { PyType } from "../objects/type.js";
import { getAttrOpt, reprJS, setAttr, toArray } from "../objects/abstract.js";
import { PyList } from "../objects/list.js";
import { PyTuple } from "../objects/tuple.js";
import { isStr, jsString, PyAstralStr, strFromJS } from "../objects/str.js";
import { PyBytes } from "../objects/bytes.js";
import { PyFloat } from "../objects/float.js";
import { PyComplex } from "../objects/complex.js";
import { toRuntime } from "../vm/code_runtime.js";
import { registerNativeModule } from "./registry.js";
import { instanceDictGetSet } from "./itertools_helpers.js";
import { validateModule } from "./_ast_validate.js";

export const PyCF_ONLY_AST = 0x400;
export const PyCF_TYPE_COMMENTS = 0x1000;
export const PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000;

export const astType = new PyType(typeType, "AST", [objectType], false);
astType.hasInstanceDict = true;
astType.dict.set("__module__", "ast");
astType.dict.set("_fields", new PyTuple([]));
astType.dict.set("_attributes", new PyTuple([]));

/** Node classes by name, bases before subclasses: made by `classes()` at first use (some
 * 120 classes, milliseconds of every start that never meets an AST otherwise). */
const nodeClasses = new Map<string, PyType>();

function classes(): Map<string, PyType> {
  if (nodeClasses.size === 0) buildClasses();
  return nodeClasses;
}

function makeClass(
  name: string,
  base: PyType,
  fields: string[],
  attributes: string[],
  optional: string[],
  doc: string,
): PyType {
  const t = new PyType(typeType, name, [base], false);
  t.hasInstanceDict = true;
  t.dict.set("__module__", "ast");
  t.dict.set("__doc__", strFromJS(doc));
  t.dict.set("_fields", new PyTuple(fields.map((f) => strFromJS(f))));
  t.dict.set("_attributes", new PyTuple(attributes.map((a) => strFromJS(a))));
  t.dict.set("__match_args__", new PyTuple(fields.map((f) => strFromJS(f))));
  // Optional fields and the end positions default to None at class level, as CPython's.
  for (const f of optional) t.dict.set(f, None);
  nodeClasses.set(name, t);
  return t;
}

/** A constructor's ASDL signature, CPython's docstring for its class:
 * `BinOp(expr left, operator op, expr right)`, or just the name without fields. */
function constructorDoc(name: string): string {
  const fields = NODE_SCHEMA[name]!.fields;
  if (fields.length === 0) return name;
  return `${name}(${fields.map((f) => `${f.type}${f.quant} ${f.name}`).join(", ")})`;
}

/** A sum type's ASDL definition: `expr = BoolOp(...)` and one `| Constructor(...)` line
 * per other constructor, aligned under the `=`. */
function sumDoc(sum: string, constructors: string[]): string {
  return `${sum} = ${constructors.join(`\n${" ".repeat(sum.length + 1)}| `)}`;
}

/** The abstract sum types (`stmt`, `expr`...) come first, then every constructor. */
function buildClasses(): void {
  const sumAttributes = new Map<string, string[]>();
  const sumMembers = new Map<string, string[]>();
  for (const [name, schema] of Object.entries(NODE_SCHEMA)) {
    if (schema.base === null) continue;
    if (!sumAttributes.has(schema.base)) sumAttributes.set(schema.base, schema.attributes);
    const members = sumMembers.get(schema.base) ?? [];
    members.push(constructorDoc(name));
    sumMembers.set(schema.base, members);
  }
  for (const [base, attributes] of sumAttributes) {
    makeClass(
      base,
      astType,
      [],
      attributes,
      attributes.filter((a) => a.startsWith("end_")),
      sumDoc(base, sumMembers.get(base)!),
    );
  }
  for (const [sum, members] of Object.entries(ENUM_SUMS)) {
    const sumType = makeClass(sum, astType, [], [], [], `${sum} = ${members.join(" | ")}`);
    for (const m of members) makeClass(m, sumType, [], [], [], m);
  }
  for (const [name, schema] of Object.entries(NODE_SCHEMA)) {
    const base = schema.base === null ? astType : nodeClasses.get(schema.base)!;
    const optional = schema.fields.filter((f) => f.quant === "?").map((f) => f.name);
    optional.push(...schema.attributes.filter((a) => a.startsWith("end_")));
    makeClass(
      name,
      base,
      schema.fields.map((f) => f.name),
      schema.attributes,
      optional,
      constructorDoc(name),
    );
  }
}
// Instances keep their fields in their attribute dict, which pickling and copying read.
defineGetSets(astType, { __dict__: instanceDictGetSet });
defineMethods(astType, {
  __init__(self, args, kwnames) {
    const nkw = kwnames ? kwnames.length : 0;
    const npos = args.length - nkw;
    const fields = toArray(getAttrOpt(typeOf(self), "_fields") ?? new PyTuple([]));
    if (npos > fields.length) {
      const n = fields.length;
      throw typeError(
        `${typeOf(self).name} constructor takes at most ${n} positional argument${n === 1 ? "" : "s"}`,
      );
    }
    for (let i = 0; i < npos; i++) setAttr(self, jsString(fields[i]!), args[i]!);
    for (let k = 0; k < nkw; k++) setAttr(self, kwnames![k]!, args[npos + k]!);
    return None;
  },
  __reduce__(self) {
    const d = getAttrOpt(self, "__dict__");
    return new PyTuple([typeOf(self), new PyTuple([]), d ?? None]);
  },
});

// ---- parser tree -> Python objects ----

type ParserNode = { _type: string } & Record<string, unknown>;

function newNode(name: string): PyInstance {
  return new PyInstance(classes().get(name)!);
}

/** The operator and context nodes of parsed trees: one shared instance per class, as
 * CPython's (so `ctx` of every parsed Load is the same object). */
const enumSingletons = new Map<string, PyInstance>();

function enumSingleton(name: string): PyInstance {
  let node = enumSingletons.get(name);
  if (node === undefined) {
    node = newNode(name);
    enumSingletons.set(name, node);
  }
  return node;
}

function constantToPython(v: unknown): PyObject {
  return toRuntime(v as Constant);
}

export function astToPython(node: ParserNode): PyObject {
  const schema = NODE_SCHEMA[node._type]!;
  const obj = newNode(node._type);
  const attrs = obj.dict!;
  for (const field of schema.fields) {
    const v = node[field.name];
    attrs[field.name] = fieldToPython(v, field.type, field.quant);
  }
  for (const a of schema.attributes) {
    const v = node[a];
    attrs[a] = v === null || v === undefined ? None : (v as number);
  }
  return obj;
}

function fieldToPython(v: unknown, type: string, quant: string): PyObject {
  if (quant === "*") return new PyList((v as unknown[]).map((x) => fieldToPython(x, type, "")));
  if (v === null || v === undefined) return None;
  if (type in ENUM_SUMS) return enumSingleton(v as string);
  switch (type) {
    case "identifier":
    case "string":
      return strFromJS(v as string);
    case "int":
      return v as number;
    case "constant":
      return constantToPython(v);
  }
  return astToPython(v as ParserNode);
}

// ---- Python objects -> parser tree ----

function missing(field: string, owner: string): never {
  throw typeError(`required field "${field}" missing from ${owner}`);
}

export function isAstObject(v: PyObject): boolean {
  return typeOf(v).isSubtypeOf(astType);
}

/** Attributes (positions) of each abstract sum type, e.g. `expr` -> lineno, col_offset... */
let sumAttributeCache: Map<string, string[]> | undefined;

function sumAttributes(sum: string): string[] | undefined {
  if (sumAttributeCache === undefined) {
    sumAttributeCache = new Map();
    for (const schema of Object.values(NODE_SCHEMA))
      if (schema.base !== null) sumAttributeCache.set(schema.base, schema.attributes);
  }
  return sumAttributeCache.get(sum);
}

const MOD_FOR_MODE: Record<string, string> = {
  exec: "Module",
  eval: "Expression",
  single: "Interactive",
  func_type: "FunctionType",
};

/** The tree `compile()` makes of an AST object: its class must be the mode's kind of module. */
export function pythonToMod(obj: PyObject, mode: string): ParserNode {
  const want = MOD_FOR_MODE[mode]!;
  if (!typeOf(obj).isSubtypeOf(classes().get(want)!))
    throw typeError(`expected ${want} node, got ${typeOf(obj).name}`);
  const tree = pythonToAst(obj, "mod");
  validateModule(tree);
  return tree;
}

/** Converts a Python AST object standing where the grammar wants an `expected` (a sum type
 * such as `expr`, or a product type such as `arguments`), in CPython's order of checks: a
 * sum type's positions are read before the object's class is even looked at, a product
 * type is read field by field without any class check (duck typing). */
export function pythonToAst(obj: PyObject, expected = "mod"): ParserNode {
  const product = NODE_SCHEMA[expected];
  if (product !== undefined && product.base === null) return convertNode(obj, expected, expected, false);
  const attributes = sumAttributes(expected) ?? [];
  const positions: Record<string, number | null> = {};
  for (const a of attributes) positions[a] = readPosition(obj, a, expected);
  let name: string | undefined;
  const byName = classes();
  for (const c of typeOf(obj).mro) {
    if (byName.get(c.name) === c && NODE_SCHEMA[c.name]?.base === expected) {
      name = c.name;
      break;
    }
  }
  if (name === undefined) throw typeError(`expected some sort of ${expected}, but got ${reprJS(obj)}`);
  const node = convertNode(obj, name, expected, true);
  Object.assign(node, positions);
  return node;
}

function convertNode(obj: PyObject, name: string, owner: string, positionsDone: boolean): ParserNode {
  const schema = NODE_SCHEMA[name]!;
  const node: ParserNode = { _type: name };
  for (const field of schema.fields) {
    const v = getAttrOpt(obj, field.name);
    if (v === undefined || (v === None && field.quant === "")) {
      // Optional fields may be absent; None is a value only for a Constant's value.
      if (v === undefined && field.quant === "?") node[field.name] = null;
      else if (v === None && field.type === "constant") node[field.name] = null;
      else missing(field.name, name);
      continue;
    }
    node[field.name] = fieldFromPython(v, field, name);
  }
  if (!positionsDone) for (const a of schema.attributes) node[a] = readPosition(obj, a, owner);
  return node;
}

function readPosition(obj: PyObject, a: string, owner: string): number | null {
  const v = getAttrOpt(obj, a);
  if (v === undefined || v === None) {
    if (a.startsWith("end_")) return null;
    missing(a, owner);
  }
  if (!isInt(v)) throw valueError(`invalid integer value: ${reprJS(v)}`);
  return Number(v);
}

function fieldFromPython(
  v: PyObject,
  field: { name: string; type: string; quant: string },
  owner: string,
  inList = false,
): unknown {
  const type = field.type;
  if (field.quant === "*" && !inList) {
    if (!(v instanceof PyList))
      throw typeError(`${owner} field "${field.name}" must be a list, not a ${typeOf(v).name}`);
    return v.items.map((x) => fieldFromPython(x, field, owner, true));
  }
  if (v === None) return null;
  if (type in ENUM_SUMS) {
    for (const c of typeOf(v).mro) if (ENUM_SUMS[type]!.includes(c.name)) return c.name;
    throw typeError(`expected some sort of ${type}, but got ${reprJS(v)}`);
  }
  switch (type) {
    case "identifier":
    case "string":
      if (!isStr(v)) throw typeError(`AST ${type} must be of type str`);
      return jsString(v);
    case "int":
      if (!isInt(v)) throw valueError(`invalid integer value: ${reprJS(v)}`);
      return Number(v);
    case "constant":
      return constantFromPython(v);
  }
  return pythonToAst(v, type);
}

function constantFromPython(v: PyObject): ConstantValue | Constant {
  if (v === None) return null;
  if (v === Ellipsis) return EllipsisConstant.instance;
  if (typeof v === "boolean") return v;
  if (typeof v === "number" || typeof v === "bigint") return BigInt(v);
  if (typeof v === "string") return v;
  if (v instanceof PyAstralStr) return new SurrogateStrConstant(Array.from(v.text, (c) => c.codePointAt(0)!));
  if (v instanceof PyBytes) return v.data;
  if (v instanceof PyFloat) return new FloatConstant(v.value);
  if (v instanceof PyComplex && v.real === 0 && !Object.is(v.real, -0)) return new ComplexConstant(v.imag);
  if (v instanceof PyTuple) return new ConstTuple(v.items.map((x) => constantFromPython(x) as Constant));
  if (typeOf(v) === frozensetType)
    return new ConstFrozenset(toArray(v).map((x) => constantFromPython(x) as Constant));
  throw typeError(`got an invalid type in Constant: ${typeOf(v).name}`);
}

registerNativeModule("_ast", () => {
  const ns: Record<string, PyObject> = {
    AST: astType,
    PyCF_ONLY_AST,
    PyCF_TYPE_COMMENTS,
    PyCF_ALLOW_TOP_LEVEL_AWAIT,
  };
  for (const [name, t] of classes()) ns[name] = t;
  return ns;
});
