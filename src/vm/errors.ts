// Turning whatever a JS `throw` produced into a Python exception, at the interpreter's
// boundary (docs/runtime.md, "Exceptions"): Python exceptions pass through, JS stack
// exhaustion becomes RecursionError, host failures OSError, the parser's SyntaxError the
// Python one, and anything else (an internal bug) SystemError with the JS message.

import { HostError } from "../host/host.js";
import { PythonSyntaxError } from "../parser/index.js";
import { None } from "../objects/bootstrap.js";
import {
  exceptionType,
  newException,
  PyBaseException,
  RecursionError_,
  systemError,
} from "../objects/exceptions.js";
import { call } from "../objects/call.js";
import { newOSError } from "../objects/exception_methods.js";
import { newTuple } from "../objects/tuple.js";
import { strFromJS } from "../objects/str.js";
import { vm } from "./state.js";
import { compilerHooks } from "../compiler/index.js";
import { isInstance } from "../objects/abstract.js";
import { warnExplicit } from "../objects/warnings.js";

let inCompileWarning = false;

/** The compiler's SyntaxWarnings go through the warnings module; true when a filter made
 * one an error (the compiler then raises SyntaxError, as CPython's compiler_warn does). A
 * warning raised while compiling the warnings module itself is dropped. */
function compileWarning(message: string, filename: string, lineno: number): boolean {
  if (inCompileWarning) return false;
  inCompileWarning = true;
  try {
    warnExplicit("SyntaxWarning", message, filename, lineno);
    return false;
  } catch (e) {
    if (e instanceof PyBaseException && isInstance(e, exceptionType("SyntaxWarning"))) return true;
    throw e;
  } finally {
    inCompileWarning = false;
  }
}
compilerHooks.warn = compileWarning;

export function recursionError(): PyBaseException {
  return newException(RecursionError_, "maximum recursion depth exceeded");
}

/** A Python SyntaxError (or IndentationError, TabError) from the parser's or compiler's. */
export function syntaxErrorFromParser(e: PythonSyntaxError): PyBaseException {
  const details = newTuple([
    e.filename === null ? None : strFromJS(e.filename),
    e.lineno ?? None,
    e.offset ?? None,
    e.text === null ? None : strFromJS(e.text),
    e.endLineno ?? None,
    e.endOffset ?? None,
  ]);
  const args = e.lineno === null && e.filename === null ? [strFromJS(e.msg)] : [strFromJS(e.msg), details];
  return call(exceptionType(e.kind), args, null) as PyBaseException;
}

export function toPyException(e: unknown): PyBaseException {
  if (e instanceof PyBaseException) return e;
  if (e instanceof RangeError && e.message.includes("call stack")) return recursionError();
  if (e instanceof HostError) {
    return newOSError(e.errno, e.message, e.filename === null ? undefined : strFromJS(e.filename));
  }
  if (e instanceof PythonSyntaxError) return syntaxErrorFromParser(e);
  if (e instanceof Error) {
    if (
      e instanceof RangeError &&
      /Invalid (string|array|typed array) length|Array buffer allocation/.test(e.message)
    )
      return newException(exceptionType("MemoryError"));
    // An internal bug: SWALLOW_DEBUG=1 shows where it happened in the implementation.
    if (vm.host.env()["SWALLOW_DEBUG"]) vm.host.writeStderr(`${e.stack ?? e.message}\n`);
    return systemError(`${e.name}: ${e.message}`);
  }
  return systemError(String(e));
}
