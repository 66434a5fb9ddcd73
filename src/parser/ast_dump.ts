// `ast.dump(tree, indent=N, include_attributes=True)` in CPython 3.11's exact format, for
// `swallow --ast` and for comparing trees with CPython's.

import { ENUM_SUMS, NODE_SCHEMA } from "./ast.generated.js";
import { ComplexConstant, EllipsisConstant, FloatConstant, SurrogateStrConstant } from "./constant.js";
import { isPrintable } from "./chars.js";

type Node = { _type: string } & Record<string, unknown>;

export function dumpAst(node: Node, indent: string | null = "   ", includeAttributes = true): string {
  const out = new DumpWriter(indent, includeAttributes);
  out.value(node, 0, false);
  return out.text;
}

/**
 * Writes `ast.dump`'s text in a single pass, appending to one string, so that dumping is
 * linear in the output size. CPython decides a node's layout (one line, or one field per
 * line) from whether all its fields are "simple" (a scalar, `[]`, an enum value, or a node
 * without fields); that is known before formatting the fields, so no text is built twice.
 */
class DumpWriter {
  /** The output so far; V8 appends to a string in constant time and flattens it once. */
  text = "";
  private readonly seps: string[] = [];

  constructor(
    private readonly indent: string | null,
    private readonly attrs: boolean,
  ) {}

  private emit(s: string): void {
    this.text += s;
  }

  /** ",\n" plus the indentation of `level` (or ", " without indentation). */
  private sep(level: number): string {
    if (this.indent === null) return ", ";
    let s = this.seps[level];
    if (s === undefined) s = this.seps[level] = ",\n" + this.indent.repeat(level);
    return s;
  }

  /** Formats `v` for a field at `level` (the enclosing node's level). */
  value(v: unknown, level: number, isEnum: boolean): void {
    const inner = this.indent === null ? level : level + 1;
    if (Array.isArray(v)) {
      if (v.length === 0) {
        this.emit("[]");
        return;
      }
      const sep = this.sep(inner);
      this.emit(this.indent === null ? "[" : "[" + sep.slice(1));
      for (let i = 0; i < v.length; i++) {
        if (i > 0) this.emit(sep);
        this.value(v[i], inner, isEnum);
      }
      this.emit("]");
      return;
    }
    if (isEnum) {
      this.emit(`${v as string}()`);
      return;
    }
    if (v !== null && typeof v === "object" && "_type" in v) {
      this.node(v as Node, inner);
      return;
    }
    this.emit(reprConstant(v));
  }

  private node(node: Node, level: number): void {
    const schema = NODE_SCHEMA[node._type];
    if (!schema) throw new Error(`unknown node ${node._type}`);
    let count = 0;
    let allSimple = true;
    for (const field of schema.fields) {
      const v = node[field.name];
      if (v === null && field.quant === "?") continue;
      count++;
      if (allSimple && !this.isSimple(v, field.type in ENUM_SUMS)) allSimple = false;
    }
    if (this.attrs) {
      for (const name of schema.attributes) {
        const v = node[name];
        if (v !== null && v !== undefined) count++;
      }
    }
    const oneLine = allSimple && count <= 3;
    const sep = oneLine ? ", " : this.sep(level);
    this.emit(oneLine || this.indent === null ? node._type + "(" : node._type + "(" + sep.slice(1));
    let first = true;
    for (const field of schema.fields) {
      const v = node[field.name];
      if (v === null && field.quant === "?") continue;
      if (!first) this.emit(sep);
      first = false;
      this.emit(field.name + "=");
      this.value(v, level, field.type in ENUM_SUMS);
    }
    if (this.attrs) {
      for (const name of schema.attributes) {
        const v = node[name];
        if (v === null || v === undefined) continue;
        if (!first) this.emit(sep);
        first = false;
        this.emit(`${name}=${String(v)}`);
      }
    }
    this.emit(")");
  }

  /** Whether CPython's dump counts `v` as simple: it prints on one line with no fields. */
  private isSimple(v: unknown, isEnum: boolean): boolean {
    if (Array.isArray(v)) return v.length === 0;
    if (isEnum) return true;
    if (v === null || typeof v !== "object" || !("_type" in v)) return true;
    const node = v as Node;
    const schema = NODE_SCHEMA[node._type];
    if (!schema) return false;
    for (const field of schema.fields) {
      if (!(node[field.name] === null && field.quant === "?")) return false;
    }
    if (this.attrs) {
      for (const name of schema.attributes) {
        const a = node[name];
        if (a !== null && a !== undefined) return false;
      }
    }
    return true;
  }
}

/** Python's repr of a parser constant or field value. */
export function reprConstant(v: unknown): string {
  if (v === null) return "None";
  if (v === true) return "True";
  if (v === false) return "False";
  if (typeof v === "bigint" || typeof v === "number") return String(v);
  if (typeof v === "string") return reprStr(v);
  if (v instanceof SurrogateStrConstant) return reprStr(v.codePoints);
  if (v instanceof Uint8Array) return reprBytes(v);
  if (v instanceof FloatConstant) return reprFloat(v.value);
  if (v instanceof ComplexConstant) return reprImaginary(v.imag);
  if (v instanceof EllipsisConstant) return "Ellipsis";
  throw new Error(`cannot repr ${String(v)}`);
}

export function reprFloat(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0";
  const [mantissa, expText] = x.toExponential().split("e");
  const exp = Number(expText);
  const negative = mantissa!.startsWith("-");
  const digits = mantissa!.replace("-", "").replace(".", "");
  const sign = negative ? "-" : "";
  if (exp < -4 || exp >= 16) {
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const e = Math.abs(exp) < 10 ? `0${Math.abs(exp)}` : String(Math.abs(exp));
    return `${sign}${m}e${exp < 0 ? "-" : "+"}${e}`;
  }
  if (exp < 0) return `${sign}0.${"0".repeat(-exp - 1)}${digits}`;
  if (digits.length <= exp + 1) return `${sign}${digits}${"0".repeat(exp + 1 - digits.length)}.0`;
  return `${sign}${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
}

function reprImaginary(imag: number): string {
  const r = reprFloat(imag);
  // complex.__repr__ drops a trailing ".0" of an integral part.
  return (r.endsWith(".0") ? r.slice(0, -2) : r) + "j";
}

export function reprStr(s: string | number[]): string {
  const cps = typeof s === "string" ? Array.from(s, (c) => c.codePointAt(0)!) : s;
  const quote = cps.includes(39) && !cps.includes(34) ? '"' : "'";
  let out = quote;
  for (const cp of cps) {
    const ch = String.fromCodePoint(cp);
    if (ch === quote || ch === "\\") out += "\\" + ch;
    else if (ch === "\t") out += "\\t";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (cp < 0x20 || cp === 0x7f) out += "\\x" + cp.toString(16).padStart(2, "0");
    else if (cp < 0x7f) out += ch;
    else if (isPrintable(cp)) out += ch;
    else if (cp < 0x100) out += "\\x" + cp.toString(16).padStart(2, "0");
    else if (cp < 0x10000) out += "\\u" + cp.toString(16).padStart(4, "0");
    else out += "\\U" + cp.toString(16).padStart(8, "0");
  }
  return out + quote;
}

export function reprBytes(b: Uint8Array): string {
  const hasSingle = b.includes(39);
  const quote = hasSingle && !b.includes(34) ? '"' : "'";
  let out = "b" + quote;
  for (const c of b) {
    if (c === quote.charCodeAt(0) || c === 92) out += "\\" + String.fromCharCode(c);
    else if (c === 9) out += "\\t";
    else if (c === 10) out += "\\n";
    else if (c === 13) out += "\\r";
    else if (c < 0x20 || c >= 0x7f) out += "\\x" + c.toString(16).padStart(2, "0");
    else out += String.fromCharCode(c);
  }
  return out + quote;
}
