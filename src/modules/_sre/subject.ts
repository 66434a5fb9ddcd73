// Turning a Python subject (str or any bytes-like object) into what the matcher
// reads, and slices of it back into Python values (str slices are exact str, slices of
// any bytes-like object are bytes, as CPython's getslice gives).

import { typeError } from "../../objects/exceptions.js";
import { bufferOf, PyByteArray, PyBytes, newBytes } from "../../objects/bytes.js";
import { isContiguous, PyMemoryView } from "../../objects/memoryview.js";
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

/** Any other buffer (memoryview, array.array, mmap) as CPython's getstring asks for it,
 * PyBUF_SIMPLE, reporting any refusal (a released or strided view) as this TypeError. */
function bufferSubject(v: PyObject): Uint8Array {
  const refused = v instanceof PyMemoryView && (v.released || !isContiguous(v));
  const data = refused ? undefined : bufferOf(v);
  if (data === undefined) throw typeError(`expected string or bytes-like object, got '${typeName(v)}'`);
  return data;
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
  } else {
    info = { object: v, subject: arraySubject(bufferSubject(v)), isBytes: true };
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

/** A match's group as CPython's match_getslice reads it: from the subject's buffer as it is
 * now (a bytearray may have changed since the match), the span clipped to its length. */
export function groupSlice(info: SubjectInfo, s: number, e: number): PyObject {
  if (!info.isBytes || info.object instanceof PyBytes) return sliceSubject(info, s, e);
  const now = bufferSubject(info.object);
  return newBytes(now.slice(Math.min(s, now.length), Math.min(e, now.length)));
}
