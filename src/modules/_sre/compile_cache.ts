// A disk cache of compiled regular expressions, as the compiled-module cache is one of
// compiled modules.
//
// Lib compiles a pattern in Python (re._parser, re._compiler) and hands the result to
// `_sre.compile`. CPython does that in a fraction of a millisecond; interpreted here it
// took about 5 ms a pattern, and many Lib modules compile patterns when imported (logging,
// string, textwrap, email, tokenize...): a third of the time to import a dozen common
// modules went to it. So once re._compiler has run, its `compile` is wrapped: for a str or
// bytes pattern and int flags it looks up what `_sre.compile` was given for the same
// pattern, flags and Lib sources in an earlier run, and gives `_sre.compile` that again,
// which checks it as always. A miss runs Lib's compile and keeps its result.
//
// What the cache must not change is what a compilation does besides returning a pattern:
// errors are never kept (Lib raises them again), re.DEBUG prints (never kept), and the
// parser's warnings. Those come from a few places in re._parser, each recognisable in the
// pattern's text; a pattern that could reach one is never kept (`mayWarn`), so it warns
// each time, as on CPython.
//
// Entries are JSON files named by a hash of their key, and repeat the whole key inside.
// The key holds the pattern, the flags, and the cache keys of the sources of re._parser,
// re._compiler, re._constants and re._casefix with Swallow's cache tag: another Lib, or
// another Swallow, misses. An entry that does not parse or fit is ignored.

import { bytesType, None } from "../../objects/bootstrap.js";
import { latin1, PyBytes } from "../../objects/bytes.js";
import { call } from "../../objects/call.js";
import { PyDict } from "../../objects/dict.js";
import { builtinFunction, type KwNames } from "../../objects/function.js";
import { getAttrOpt } from "../../objects/attributes.js";
import { PyList } from "../../objects/list.js";
import type { PyObject } from "../../objects/object.js";
import { isStr, jsString } from "../../objects/str.js";
import { PyTuple } from "../../objects/tuple.js";
import { PyModule } from "../../objects/module.js";
import {
  codeCacheConfig,
  readCacheFile,
  sourceKeyOf,
  textHash,
  writeCacheFile,
} from "../../vm/code_cache.js";
import { sourceModuleHooks } from "../../vm/import.js";
import { vm } from "../../vm/state.js";

const SRE_FLAG_DEBUG = 128;
const LIB_MODULES = ["re._parser", "re._compiler", "re._constants", "re._casefix"];

/** What `_sre.compile` was last given, and the pattern object it made of it. */
interface Compiled {
  result: PyObject | null;
  flags: number;
  code: number[];
  groups: number;
  groupindex: PyDict | null;
  indexgroup: PyObject[];
}

const last: Compiled = { result: null, flags: 0, code: [], groups: 0, groupindex: null, indexgroup: [] };

/** Called by `_sre.compile` with what it compiled. */
export function noteCompiled(
  result: PyObject,
  flags: number,
  code: number[],
  groups: number,
  groupindex: PyDict,
  indexgroup: PyObject[],
): void {
  last.result = result;
  last.flags = flags;
  last.code = code;
  last.groups = groups;
  last.groupindex = groupindex;
  last.indexgroup = indexgroup;
}

interface Entry {
  key: string;
  flags: number;
  code: number[];
  groups: number;
  groupindex: [string, number][];
  indexgroup: (string | null)[];
}

/** Whether compiling `text` could reach one of re._parser's warnings: a set that starts
 * with `[` (nested set), `--` `&&` `~~` `||` (set operations), a conditional group (its
 * group reference may be a number int() accepts but not a plain decimal), or a non-ASCII
 * group name in a bytes pattern. Over-approximated: such patterns are simply not kept. */
function mayWarn(text: string, bytes: boolean): boolean {
  return (
    text.includes("[[") ||
    text.includes("[^[") ||
    /--|&&|~~|\|\|/.test(text) ||
    text.includes("(?(") ||
    (bytes && /[^\x00-\x7f]/.test(text))
  );
}

/** The fingerprint of the Lib code that turns patterns into programs; null when one of its
 * modules did not come through the compiled-module cache (no cache directory). */
function libFingerprint(): string | null {
  const parts = [codeCacheConfig.tag];
  for (const name of LIB_MODULES) {
    const module = vm.modules.getStr(name);
    const file = module === undefined ? undefined : getAttrOpt(module, "__file__");
    const key = file !== undefined && isStr(file) ? sourceKeyOf(jsString(file)) : undefined;
    if (key === undefined) return null;
    parts.push(key);
  }
  return textHash(parts.join("\0"));
}

function entryPath(key: string): string {
  const name = textHash(key);
  return `re/${name.slice(0, 2)}/${name}.json`;
}

function readEntry(key: string): Entry | null {
  const data = readCacheFile(entryPath(key));
  if (data === null) return null;
  try {
    const e = JSON.parse(new TextDecoder().decode(data)) as Entry;
    const wellFormed =
      e.key === key &&
      Number.isInteger(e.flags) &&
      Number.isInteger(e.groups) &&
      Array.isArray(e.code) &&
      e.code.every((c) => Number.isInteger(c) && c >= 0) &&
      Array.isArray(e.groupindex) &&
      e.groupindex.every((g) => Array.isArray(g) && typeof g[0] === "string" && Number.isInteger(g[1])) &&
      Array.isArray(e.indexgroup) &&
      e.indexgroup.every((n) => n === null || typeof n === "string");
    return wellFormed ? e : null;
  } catch {
    return null;
  }
}

/** The entry for what `_sre.compile` was last given; null when part of it cannot be kept
 * (a group name that is not a plain string). */
function entryOfLast(key: string): Entry | null {
  const groupindex: [string, number][] = [];
  for (const [name, index] of last.groupindex!.entriesIter()) {
    if (typeof name !== "string" || typeof index !== "number") return null;
    groupindex.push([name, index]);
  }
  const indexgroup: (string | null)[] = [];
  for (const name of last.indexgroup) {
    if (name === None) indexgroup.push(null);
    else if (typeof name === "string") indexgroup.push(name);
    else return null;
  }
  return { key, flags: last.flags, code: last.code, groups: last.groups, groupindex, indexgroup };
}

/** The compiled pattern from the cache, or from `original` (kept for next time); undefined
 * when the call is not one the cache takes. */
function cachedCompile(
  sreCompile: (p: PyObject, f: PyObject, c: PyObject, g: PyObject, gi: PyObject, ig: PyObject) => PyObject,
  original: PyObject,
  fingerprint: string,
  pattern: PyObject,
  flags: PyObject,
): PyObject | undefined {
  if (typeof flags !== "number" || (flags & SRE_FLAG_DEBUG) !== 0) return undefined;
  let text: string;
  const bytes = pattern instanceof PyBytes && pattern.type === bytesType;
  if (typeof pattern === "string") text = pattern;
  else if (bytes) text = latin1(pattern.data);
  else return undefined;
  if (mayWarn(text, bytes)) return undefined;
  const key = `${bytes ? "b" : "s"}\0${flags}\0${fingerprint}\0${text}`;
  const entry = readEntry(key);
  if (entry !== null) {
    const groupindex = new PyDict();
    for (const [name, index] of entry.groupindex) groupindex.setStr(name, index);
    const indexgroup = new PyTuple(entry.indexgroup.map((n) => (n === null ? None : n)));
    try {
      return sreCompile(pattern, entry.flags, new PyList(entry.code), entry.groups, groupindex, indexgroup);
    } catch {
      // an entry _sre refuses: compile as if there were none, and replace it
    }
  }
  last.result = null;
  const result = call(original, [pattern, flags], null);
  if (last.result === result) {
    const made = entryOfLast(key);
    if (made !== null) writeCacheFile(entryPath(key), new TextEncoder().encode(JSON.stringify(made)));
  }
  return result;
}

/** Wraps re._compiler's `compile` once the module has run. */
export function installCompileCache(
  sreCompile: (p: PyObject, f: PyObject, c: PyObject, g: PyObject, gi: PyObject, ig: PyObject) => PyObject,
): void {
  sourceModuleHooks.set("re._compiler", (module) => {
    if (!(module instanceof PyModule) || codeCacheConfig.dir === null) return;
    const original = module.namespace.getStr("compile");
    const fingerprint = libFingerprint();
    if (original === undefined || fingerprint === null) return;
    const wrapper = builtinFunction(
      "compile",
      (args: PyObject[], kwnames: KwNames) => {
        if ((kwnames === null || kwnames.length === 0) && (args.length === 1 || args.length === 2)) {
          const r = cachedCompile(
            sreCompile,
            original,
            fingerprint,
            args[0]!,
            args.length === 2 ? args[1]! : 0,
          );
          if (r !== undefined) return r;
        }
        return call(original, args, kwnames);
      },
      "re._compiler",
    );
    module.namespace.setStr("compile", wrapper);
  });
}
