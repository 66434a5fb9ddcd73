// Replays tests/sre/cases.jsonl (made by scripts/gen_sre.py from python3 3.11): each
// pattern's recorded program goes through _sre.compile, and search/match/fullmatch (with
// and without pos/endpos), findall, finditer, split, sub/subn with a literal and with a
// callable replacement must give exactly CPython's results, group spans and lastindex.

import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { None } from "../../src/objects/bootstrap.js";
import { callMethod, getAttr, iterNext, getIter } from "../../src/objects/abstract.js";
import { newBytes, PyBytes } from "../../src/objects/bytes.js";
import { PyDict } from "../../src/objects/dict.js";
import { builtinFunction } from "../../src/objects/function.js";
import { PyList } from "../../src/objects/list.js";
import type { PyObject } from "../../src/objects/object.js";
import { isStr, jsString, strFromJS } from "../../src/objects/str.js";
import { PyTuple } from "../../src/objects/tuple.js";
import "../../src/objects/str_methods.js";
import { sreCompile } from "../../src/modules/_sre/module.js";
import { PyMatch } from "../../src/modules/_sre/match.js";

type J = string | number | null | boolean | { b: string } | J[];

interface MatchJ {
  regs: [number, number][];
  lastindex: number | null;
  lastgroup: string | null;
}

interface Run {
  s: J;
  pos: [number, number];
  [op: string]: unknown;
}

interface Case {
  pattern: J;
  flags: number;
  repr: string;
  code: number[];
  groups: number;
  groupindex: Record<string, number>;
  indexgroup: (string | null)[];
  runs: Run[];
}

function py(v: J): PyObject {
  if (typeof v === "string") return strFromJS(v);
  if (v !== null && typeof v === "object" && !Array.isArray(v)) {
    const s = v.b;
    const a = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) a[i] = s.charCodeAt(i);
    return newBytes(a);
  }
  throw new Error("unexpected value");
}

function js(v: PyObject): J {
  if (v === None) return null;
  if (typeof v === "number" || typeof v === "boolean") return v;
  if (isStr(v)) return jsString(v);
  if (v instanceof PyBytes) return { b: String.fromCharCode(...v.data) };
  if (v instanceof PyTuple || v instanceof PyList) return v.items.map(js);
  throw new Error(`unexpected result ${String(v)}`);
}

function matchJ(m: PyObject): MatchJ | null {
  if (m === None) return null;
  assert.ok(m instanceof PyMatch);
  const regs = js(getAttr(m, "regs")) as [number, number][];
  return {
    regs,
    lastindex: js(getAttr(m, "lastindex")) as number | null,
    lastgroup: js(getAttr(m, "lastgroup")) as string | null,
  };
}

const bracket = builtinFunction("bracket", (args) => {
  const g = callMethod(args[0]!, "group", [0]);
  if (g instanceof PyBytes) return newBytes(new Uint8Array([60, ...g.data, 62]));
  return strFromJS(`<${jsString(g)}>`);
});

function findRoot(): string {
  for (const start of [dirname(fileURLToPath(import.meta.url)), process.cwd()]) {
    for (let dir = start; dirname(dir) !== dir; dir = dirname(dir)) {
      if (existsSync(join(dir, "tests", "sre", "cases.jsonl"))) return dir;
    }
  }
  throw new Error("cannot find tests/sre/cases.jsonl");
}

const cases = readFileSync(join(findRoot(), "tests/sre/cases.jsonl"), "utf8")
  .split("\n")
  .filter((line) => line !== "")
  .map((line) => JSON.parse(line) as Case);

function compile(c: Case): PyObject {
  const gi = new PyDict();
  for (const [k, v] of Object.entries(c.groupindex)) gi.set(strFromJS(k), v);
  const ig = new PyTuple(c.indexgroup.map((n) => (n === null ? None : strFromJS(n))));
  return sreCompile(py(c.pattern), c.flags, new PyList(c.code), c.groups, gi, ig);
}

function runOps(p: PyObject, r: Run): [string, unknown, unknown][] {
  const s = py(r.s);
  const [pos, endpos] = r.pos;
  const out: [string, unknown, unknown][] = [];
  const check = (name: string, got: () => unknown): void => {
    let v: unknown;
    try {
      v = got();
    } catch (e) {
      v = `raised ${e instanceof Error ? e.stack : String(e)}`;
    }
    out.push([name, v, r[name]]);
  };
  check("search", () => matchJ(callMethod(p, "search", [s])));
  check("match", () => matchJ(callMethod(p, "match", [s])));
  check("fullmatch", () => matchJ(callMethod(p, "fullmatch", [s])));
  check("search_pos", () => matchJ(callMethod(p, "search", [s, pos, endpos])));
  check("match_pos", () => matchJ(callMethod(p, "match", [s, pos, endpos])));
  check("fullmatch_pos", () => matchJ(callMethod(p, "fullmatch", [s, pos, endpos])));
  check("findall", () => js(callMethod(p, "findall", [s])));
  check("finditer", () => {
    const it = getIter(callMethod(p, "finditer", [s]));
    const spans: unknown[] = [];
    for (let m = iterNext(it); m !== undefined; m = iterNext(it)) spans.push(js(getAttr(m, "regs")));
    return spans;
  });
  check("split", () => js(callMethod(p, "split", [s])));
  check("split1", () => js(callMethod(p, "split", [s, 1])));
  const dash = s instanceof PyBytes ? newBytes(new Uint8Array([45])) : "-";
  check("sub", () => js(callMethod(p, "sub", [dash, s])));
  check("subn2", () => js(callMethod(p, "subn", [dash, s, 2])));
  check("subcall", () => js(callMethod(p, "sub", [bracket, s])));
  return out;
}

test("_sre replays python3's results on the recorded pattern programs", () => {
  let checks = 0;
  let runs = 0;
  const failures: string[] = [];
  for (const c of cases) {
    let p: PyObject;
    try {
      p = compile(c);
    } catch (e) {
      failures.push(`${JSON.stringify(c.pattern)}: compile raised ${String(e)}`);
      continue;
    }
    const rep = jsString(callMethod(p, "__repr__", []));
    checks++;
    if (rep !== c.repr) failures.push(`${JSON.stringify(c.pattern)} repr: got ${rep}, want ${c.repr}`);
    for (const r of c.runs) {
      runs++;
      for (const [name, got, want] of runOps(p, r)) {
        checks++;
        try {
          assert.deepEqual(got, want);
        } catch {
          failures.push(
            `${JSON.stringify(c.pattern)} flags=${c.flags} on ${JSON.stringify(r.s)} ${name}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`,
          );
        }
      }
    }
  }
  console.log(
    `sre: ${cases.length} patterns, ${runs} subjects, ${checks} checks, ${failures.length} failures`,
  );
  if (failures.length) console.log(failures.slice(0, 40).join("\n"));
  assert.equal(failures.length, 0);
});
