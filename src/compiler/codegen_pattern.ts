// match statements. Each case's pattern is compiled into tests on the subject register that
// jump to the next case on failure; names captured by the pattern are collected in temporaries
// and stored only once the whole pattern has matched (before the guard), as in CPython.

import type * as A from "../parser/ast.generated.js";
import { ConstTuple } from "./code.js";
import type { Compiler } from "./compiler.js";
import { expr, exprInto, jumpIf } from "./codegen_expr.js";
import { stmts } from "./codegen_stmt.js";
import { Op } from "./opcodes.js";
import {
  ComplexConstant,
  EllipsisConstant,
  FloatConstant,
  SurrogateStrConstant,
} from "../parser/constant.js";
import { reprBytes, reprStr } from "../parser/ast_dump.js";
import { floatRepr } from "../support/numfmt/index.js";
import type { Label } from "./unit.js";

type Captures = Map<string, number>;

export function compileMatch(c: Compiler, s: A.Match): void {
  const u = c.u;
  const subject = u.temp();
  exprInto(c, s.subject, subject);
  const end = c.newLabel();
  s.cases.forEach((m, i) => {
    const next = c.newLabel();
    const mark = u.mark();
    const allowIrrefutable = m.guard !== null || i === s.cases.length - 1;
    const caps: Captures = new Map();
    pattern(c, m.pattern, subject, next, caps, allowIrrefutable);
    for (const [name, reg] of caps) c.storeName(name, reg, m.pattern);
    u.release(mark);
    if (m.guard) jumpIf(c, m.guard, false, next);
    stmts(c, m.body);
    if (i < s.cases.length - 1) u.emitJump(Op.JUMP_FORWARD, end, 1);
    u.bind(next);
  });
  u.bind(end);
}

function capture(c: Compiler, name: string, src: number, caps: Captures, p: A.pattern): void {
  // Named where the capture is met, as pattern_helper_store_name does.
  if (name === "__debug__") throw c.error("cannot assign to __debug__", p);
  if (caps.has(name))
    throw c.error(`multiple assignments to name '${name}' in pattern`, c.lastPatternLoc ?? p);
  const t = c.u.temp();
  c.u.emit(Op.MOVE, t, src);
  caps.set(name, t);
}

function failIfFalse(c: Compiler, r: number, fail: Label): void {
  c.u.emitJump(Op.POP_JUMP_IF_FALSE, fail, 2, r);
}

function pattern(
  c: Compiler,
  p: A.pattern,
  s: number,
  fail: Label,
  caps: Captures,
  allowIrrefutable: boolean,
): void {
  const u = c.u;
  const restore = c.at(p);
  c.lastPatternLoc = p._type === "MatchValue" ? p.value : p;
  try {
    switch (p._type) {
      case "MatchValue": {
        // CPython compiles a value pattern once folding has made it a constant or an
        // attribute lookup; of the shapes the parser or the AST validator let through,
        // only an f-string (from a hand-built tree) is left over.
        const kind = p.value._type;
        if (kind !== "Constant" && kind !== "Attribute" && kind !== "UnaryOp" && kind !== "BinOp")
          throw c.error("patterns may only match literals and attribute lookups", p.value);
        const v = expr(c, p.value);
        const t = u.temp();
        u.emit(Op.COMPARE_OP_EQ, t, s, v);
        failIfFalse(c, t, fail);
        return;
      }
      case "MatchSingleton": {
        const t = u.temp();
        u.emit(Op.IS_OP, t, s, u.constReg(p.value));
        failIfFalse(c, t, fail);
        return;
      }
      case "MatchAs":
        if (!p.pattern) {
          if (!allowIrrefutable) {
            if (p.name) throw c.error(`name capture '${p.name}' makes remaining patterns unreachable`, p);
            throw c.error("wildcard makes remaining patterns unreachable", p);
          }
        } else pattern(c, p.pattern, s, fail, caps, allowIrrefutable);
        if (p.name) capture(c, p.name, s, caps, p);
        // `case _:` tests nothing, but its line runs for a tracer (CPython's NOP there).
        else if (!p.pattern) u.emit(Op.NOP);
        return;
      case "MatchStar":
        throw c.error("can't use starred pattern here", p);
      case "MatchOr":
        matchOr(c, p, s, fail, caps, allowIrrefutable);
        return;
      case "MatchSequence":
        matchSequence(c, p, s, fail, caps);
        return;
      case "MatchMapping":
        matchMapping(c, p, s, fail, caps);
        return;
      case "MatchClass":
        matchClass(c, p, s, fail, caps);
        return;
    }
  } finally {
    restore();
  }
}

function matchOr(
  c: Compiler,
  p: A.MatchOr,
  s: number,
  fail: Label,
  caps: Captures,
  allowIrrefutable: boolean,
): void {
  const u = c.u;
  const success = c.newLabel();
  let names: string[] | null = null;
  const shared = new Map<string, number>();
  p.patterns.forEach((alt, i) => {
    const next = c.newLabel();
    const altCaps: Captures = new Map();
    const last = i === p.patterns.length - 1;
    pattern(c, alt, s, next, altCaps, last && allowIrrefutable);
    const altNames = [...altCaps.keys()];
    if (names === null) {
      names = altNames;
      for (const n of names) shared.set(n, u.temp());
    } else if (altNames.length !== names.length || !altNames.every((n) => shared.has(n))) {
      throw c.error("alternative patterns bind different names", c.lastPatternLoc ?? alt);
    }
    for (const [n, r] of altCaps) u.emit(Op.MOVE, shared.get(n)!, r);
    u.emitJump(Op.JUMP_FORWARD, success, 1);
    u.bind(next);
  });
  u.emitJump(Op.JUMP_FORWARD, fail, 1);
  u.bind(success);
  for (const [n, r] of shared) {
    if (caps.has(n)) throw c.error(`multiple assignments to name '${n}' in pattern`, p);
    caps.set(n, r);
  }
}

/** `_`: matches anything and binds nothing. */
function isWildcard(q: A.pattern): boolean {
  return q._type === "MatchAs" && !q.pattern && !q.name;
}

/** `*_`. */
function isStarWildcard(q: A.pattern): boolean {
  return q._type === "MatchStar" && !q.name;
}

function matchSequence(c: Compiler, p: A.MatchSequence, s: number, fail: Label, caps: Captures): void {
  const u = c.u;
  let star = -1;
  let starWildcard = false;
  let onlyWildcards = true;
  p.patterns.forEach((q, i) => {
    if (q._type === "MatchStar") {
      if (star >= 0) throw c.error("multiple starred names in sequence pattern", p);
      star = i;
      starWildcard = isStarWildcard(q);
      onlyWildcards &&= starWildcard;
    } else onlyWildcards &&= isWildcard(q);
  });
  const t = u.temp();
  u.emit(Op.MATCH_SEQUENCE, t, s);
  failIfFalse(c, t, fail);
  const n = p.patterns.length;
  // As CPython: the length is checked unless a lone star pattern makes any length do.
  if (star < 0 || n > 1) {
    const len = u.temp();
    u.emit(Op.GET_LEN, len, s);
    if (star < 0) u.emit(Op.COMPARE_OP_EQ, t, len, u.constReg(BigInt(n)));
    else u.emit(Op.COMPARE_OP_GE, t, len, u.constReg(BigInt(n - 1)));
    failIfFalse(c, t, fail);
  }
  if (n === 0 || onlyWildcards) return;
  // With `*_`, only the items that matter are read, by index (counted from the length for
  // those after the star), rather than unpacking the whole subject (which may be long, or
  // endless to iterate): [x, *_, y] on a sequence reads s[0] and s[len(s) - 1].
  if (starWildcard) {
    p.patterns.forEach((q, i) => {
      if (i === star || isWildcard(q)) return;
      const item = u.temp();
      if (i < star) u.emit(Op.BINARY_SUBSCR, item, s, u.constReg(BigInt(i)));
      else {
        const index = u.temp();
        u.emit(Op.GET_LEN, index, s);
        u.emit(Op.BINARY_OP_SUBTRACT, index, index, u.constReg(BigInt(n - i)));
        u.emit(Op.BINARY_SUBSCR, item, s, index);
      }
      pattern(c, q, item, fail, caps, true);
    });
    return;
  }
  const items = u.temps(n);
  if (star < 0) u.emit(Op.UNPACK_SEQUENCE, items, s, n);
  else u.emit(Op.UNPACK_EX, items, s, star | ((n - star - 1) << 8));
  p.patterns.forEach((q, i) => {
    if (q._type === "MatchStar") {
      if (q.name) capture(c, q.name, items + i, caps, q);
    } else pattern(c, q, items + i, fail, caps, true);
  });
}

/** A literal key of a mapping pattern as the compiler's duplicate check sees it: keys equal
 * in Python (0, False, 0.0 and 0j; -1 folded from `-` and 1) share one `key`. */
function constantKey(k: A.expr): { key: string; repr: string } | null {
  let negate = false;
  let node = k;
  if (node._type === "UnaryOp" && node.op === "USub" && node.operand._type === "Constant") {
    negate = true;
    node = node.operand;
  }
  if (node._type !== "Constant") return null;
  const v = node.value;
  if (negate && !(typeof v === "bigint" || v instanceof FloatConstant || v instanceof ComplexConstant))
    return null;
  if (v === null) return { key: "None", repr: "None" };
  if (typeof v === "string" || v instanceof SurrogateStrConstant) {
    const text = typeof v === "string" ? v : String.fromCodePoint(...v.codePoints);
    return { key: `s${text}`, repr: reprStr(typeof v === "string" ? v : v.codePoints) };
  }
  if (v instanceof Uint8Array) return { key: `b${Array.from(v).join(",")}`, repr: reprBytes(v) };
  if (v instanceof EllipsisConstant) return { key: "Ellipsis", repr: "Ellipsis" };
  const sign = negate ? -1 : 1;
  if (typeof v === "boolean") return { key: `n${v ? 1 : 0}`, repr: v ? "True" : "False" };
  if (typeof v === "bigint") {
    const n = negate ? -v : v;
    return { key: `n${n}`, repr: String(n) };
  }
  if (v instanceof FloatConstant) {
    const x = sign * v.value;
    return { key: numberKey(x, 0), repr: floatRepr(x) };
  }
  if (v instanceof ComplexConstant) {
    const im = sign * v.imag;
    return {
      key: numberKey(0, im),
      repr: `${negate ? "(-0-" : ""}${floatRepr(Math.abs(im)).replace(/\.0$/, "")}j${negate ? ")" : ""}`,
    };
  }
  return null;
}

function numberKey(re: number, im: number): string {
  if (im === 0 && Number.isInteger(re)) return `n${BigInt(re)}`;
  return `f${re === 0 ? 0 : re},${im === 0 ? 0 : im}`;
}

function matchMapping(c: Compiler, p: A.MatchMapping, s: number, fail: Label, caps: Captures): void {
  const u = c.u;
  const t = u.temp();
  u.emit(Op.MATCH_MAPPING, t, s);
  failIfFalse(c, t, fail);
  const n = p.keys.length;
  if (n === 0 && !p.rest) return;
  if (n > 0) {
    const len = u.temp();
    u.emit(Op.GET_LEN, len, s);
    u.emit(Op.COMPARE_OP_GE, t, len, u.constReg(BigInt(n)));
    failIfFalse(c, t, fail);
  }
  const seen = new Set<string>();
  for (const k of p.keys) {
    if (
      k._type !== "Constant" &&
      k._type !== "Attribute" &&
      !(k._type === "UnaryOp" || k._type === "BinOp")
    ) {
      throw c.error("mapping pattern keys may only match literals and attribute lookups", k);
    }
    const constant = constantKey(k);
    if (constant !== null) {
      if (seen.has(constant.key)) throw c.error(`mapping pattern checks duplicate key (${constant.repr})`, p);
      seen.add(constant.key);
    }
  }
  const keyBase = u.temps(n);
  p.keys.forEach((k, i) => exprInto(c, k, keyBase + i));
  const keys = u.temp();
  u.emit(Op.BUILD_TUPLE, keys, keyBase, n);
  if (n > 0) {
    const vals = u.temp();
    u.emit(Op.MATCH_KEYS, vals, s, keys);
    u.emitJump(Op.POP_JUMP_IF_NONE, fail, 2, vals);
    const items = u.temps(n);
    u.emit(Op.UNPACK_SEQUENCE, items, vals, n);
    p.patterns.forEach((q, i) => pattern(c, q, items + i, fail, caps, true));
  }
  if (p.rest) {
    const rest = u.temp();
    u.emit(Op.COPY_DICT_WITHOUT_KEYS, rest, s, keys);
    capture(c, p.rest, rest, caps, p);
  }
}

function matchClass(c: Compiler, p: A.MatchClass, s: number, fail: Label, caps: Captures): void {
  const u = c.u;
  const seen = new Set<string>();
  p.kwd_attrs.forEach((a, i) => {
    if (seen.has(a)) throw c.error(`attribute name repeated in class pattern: ${a}`, p.kwd_patterns[i]);
    seen.add(a);
  });
  const base = u.temps(3);
  u.emit(Op.MOVE, base, s);
  exprInto(c, p.cls, base + 1);
  u.emit(Op.MOVE, base + 2, u.constReg(new ConstTuple(p.kwd_attrs)));
  const r = u.temp();
  u.emit(Op.MATCH_CLASS, r, base, p.patterns.length);
  u.emitJump(Op.POP_JUMP_IF_NONE, fail, 2, r);
  const all = [...p.patterns, ...p.kwd_patterns];
  if (all.length === 0) return;
  const items = u.temps(all.length);
  u.emit(Op.UNPACK_SEQUENCE, items, r, all.length);
  all.forEach((q, i) => pattern(c, q, items + i, fail, caps, true));
}
