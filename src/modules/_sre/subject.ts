// Turning a Python subject (str, bytes, bytearray, memoryview) into what the matcher
// reads, and slices of it back into Python values (str slices are exact str, slices of
// any bytes-like object are bytes, as CPython's getslice gives).

import { typeError } from "../../objects/exceptions.js";
import { PyByteArray, PyBytes, newBytes } from "../../objects/bytes.js";
import { PyMemoryView } from "../../objects/memoryview.js";
import type { PyObject } from "../../objects/object.js";
import { typeName } from "../../objects/names.js";
import { PyAstralStr, strFromCodePoints, strText } from "../../objects/str.js";
import { arraySubject, stringSubject, type Subject } from "./matcher.js";

export interface SubjectInfo {
  readonly object: PyObject;
  readonly subject: Subject;
  readonly isBytes: boolean;
}

const astralCache = new WeakMap<PyAstralStr, Int32Array>();

function codePointArray(v: PyAstralStr, t: readonly string[]): Int32Array {
  let a = astralCache.get(v);
  if (a === undefined) {
    a = new Int32Array(t.length);
    for (let i = 0; i < t.length; i++) a[i] = t[i]!.codePointAt(0)!;
    astralCache.set(v, a);
  }
  return a;
}

/** CPython's getstring + the pattern/subject kind check of state_init. */
export function subjectOf(v: PyObject, patternIsBytes: boolean): SubjectInfo {
  const t = strText(v);
  let info: SubjectInfo;
  if (t !== undefined) {
    const subject =
      typeof t === "string" ? stringSubject(t) : arraySubject(codePointArray(v as PyAstralStr, t));
    info = { object: v, subject, isBytes: false };
  } else if (v instanceof PyBytes || v instanceof PyByteArray) {
    info = { object: v, subject: arraySubject(v.data), isBytes: true };
  } else if (v instanceof PyMemoryView) {
    v.check();
    info = { object: v, subject: arraySubject(v.bytes()), isBytes: true };
  } else {
    throw typeError(`expected string or bytes-like object, got '${typeName(v)}'`);
  }
  if (patternIsBytes && !info.isBytes) throw typeError("cannot use a bytes pattern on a string-like object");
  if (!patternIsBytes && info.isBytes) throw typeError("cannot use a string pattern on a bytes-like object");
  return info;
}

export function sliceSubject(info: SubjectInfo, s: number, e: number): PyObject {
  const sub = info.subject;
  if (sub.cps === null) return sub.str.slice(s, e);
  if (info.isBytes) return newBytes(sub.cps.slice(s, e) as Uint8Array);
  return strFromCodePoints(sub.cps.subarray(s, e));
}
