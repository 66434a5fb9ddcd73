// Python exceptions are JS objects thrown with `throw`; they are not JS Errors, because
// capturing a JS stack on every raise would make exception-heavy Python code slow. The
// interpreter records the Python traceback as frames unwind.
//
// The hierarchy is declared as one table, in CPython 3.11's order.

import { builtinType, objectType } from "./bootstrap.js";
import { newAttributeDict, type AttributeDict, type PyObject, type PyObjectBase } from "./object.js";
import type { PyType } from "./type.js";

export class PyBaseException implements PyObjectBase {
  /** Positional arguments, exposed to Python as the `args` tuple. */
  args: PyObject[];
  dict: AttributeDict | null = null;
  /** A traceback object, or null (`__traceback__`). */
  traceback: PyObject | null = null;
  cause: PyObject | null = null;
  context: PyObject | null = null;
  suppressContext = false;
  /** Set while the exception leaves one interpreter activation for an outer one: its
   * __context__ was settled where it was raised (CPython sets it only at the raise). */
  propagating = false;
  constructor(
    public type: PyType,
    args: PyObject[],
  ) {
    this.args = args;
  }

  /** The C-level members of built-in exceptions (OSError.errno, StopIteration.value,
   * NameError.name...), kept apart from `__dict__` as CPython keeps them in the struct. */
  fields: Record<string, PyObject> | null = null;

  /** The attribute dictionary, created on first use. */
  attributes(): AttributeDict {
    return (this.dict ??= newAttributeDict());
  }

  field(name: string): PyObject | undefined {
    return this.fields?.[name];
  }

  setField(name: string, value: PyObject): void {
    (this.fields ??= Object.create(null) as Record<string, PyObject>)[name] = value;
  }
}

export const baseExceptionType = builtinType("BaseException", objectType);
baseExceptionType.newInstance = (t) => new PyBaseException(t, []);
baseExceptionType.hasInstanceDict = true;

/** All built-in exception types by name. */
export const exceptionTypes = new Map<string, PyType>([["BaseException", baseExceptionType]]);

const HIERARCHY: [string, string][] = [
  ["BaseExceptionGroup", "BaseException"],
  ["GeneratorExit", "BaseException"],
  ["KeyboardInterrupt", "BaseException"],
  ["SystemExit", "BaseException"],
  ["Exception", "BaseException"],
  ["ArithmeticError", "Exception"],
  ["FloatingPointError", "ArithmeticError"],
  ["OverflowError", "ArithmeticError"],
  ["ZeroDivisionError", "ArithmeticError"],
  ["AssertionError", "Exception"],
  ["AttributeError", "Exception"],
  ["BufferError", "Exception"],
  ["EOFError", "Exception"],
  ["ImportError", "Exception"],
  ["ModuleNotFoundError", "ImportError"],
  ["LookupError", "Exception"],
  ["IndexError", "LookupError"],
  ["KeyError", "LookupError"],
  ["MemoryError", "Exception"],
  ["NameError", "Exception"],
  ["UnboundLocalError", "NameError"],
  ["OSError", "Exception"],
  ["BlockingIOError", "OSError"],
  ["ChildProcessError", "OSError"],
  ["ConnectionError", "OSError"],
  ["BrokenPipeError", "ConnectionError"],
  ["ConnectionAbortedError", "ConnectionError"],
  ["ConnectionRefusedError", "ConnectionError"],
  ["ConnectionResetError", "ConnectionError"],
  ["FileExistsError", "OSError"],
  ["FileNotFoundError", "OSError"],
  ["InterruptedError", "OSError"],
  ["IsADirectoryError", "OSError"],
  ["NotADirectoryError", "OSError"],
  ["PermissionError", "OSError"],
  ["ProcessLookupError", "OSError"],
  ["TimeoutError", "OSError"],
  ["ReferenceError", "Exception"],
  ["RuntimeError", "Exception"],
  ["NotImplementedError", "RuntimeError"],
  ["RecursionError", "RuntimeError"],
  ["StopAsyncIteration", "Exception"],
  ["StopIteration", "Exception"],
  ["SyntaxError", "Exception"],
  ["IndentationError", "SyntaxError"],
  ["TabError", "IndentationError"],
  ["SystemError", "Exception"],
  ["TypeError", "Exception"],
  ["ValueError", "Exception"],
  ["UnicodeError", "ValueError"],
  ["UnicodeDecodeError", "UnicodeError"],
  ["UnicodeEncodeError", "UnicodeError"],
  ["UnicodeTranslateError", "UnicodeError"],
  ["Warning", "Exception"],
  ["BytesWarning", "Warning"],
  ["DeprecationWarning", "Warning"],
  ["EncodingWarning", "Warning"],
  ["FutureWarning", "Warning"],
  ["ImportWarning", "Warning"],
  ["PendingDeprecationWarning", "Warning"],
  ["ResourceWarning", "Warning"],
  ["RuntimeWarning", "Warning"],
  ["SyntaxWarning", "Warning"],
  ["UnicodeWarning", "Warning"],
  ["UserWarning", "Warning"],
];

for (const [name, base] of HIERARCHY) exceptionTypes.set(name, builtinType(name, exceptionTypes.get(base)!));
{
  // ExceptionGroup derives from both BaseExceptionGroup and Exception.
  const group = exceptionTypes.get("BaseExceptionGroup")!;
  const t = builtinType("ExceptionGroup", group);
  t.setBases([group, exceptionTypes.get("Exception")!]);
  exceptionTypes.set("ExceptionGroup", t);
}

export function exceptionType(name: string): PyType {
  const t = exceptionTypes.get(name);
  if (!t) throw new Error(`no exception type ${name}`);
  return t;
}

export const TypeError_ = exceptionType("TypeError");
export const ValueError_ = exceptionType("ValueError");
export const AttributeError_ = exceptionType("AttributeError");
export const KeyError_ = exceptionType("KeyError");
export const IndexError_ = exceptionType("IndexError");
export const NameError_ = exceptionType("NameError");
export const OverflowError_ = exceptionType("OverflowError");
export const ZeroDivisionError_ = exceptionType("ZeroDivisionError");
export const StopIteration_ = exceptionType("StopIteration");
export const RuntimeError_ = exceptionType("RuntimeError");
export const RecursionError_ = exceptionType("RecursionError");
export const SystemError_ = exceptionType("SystemError");
export const NotImplementedError_ = exceptionType("NotImplementedError");

/** A new exception of a built-in type with a message, ready to `throw`. The exception's
 * own `__init__` semantics (e.g. StopIteration.value) are applied by its module. */
export function newException(type: PyType, ...args: PyObject[]): PyBaseException {
  const factory = type.newInstance ?? baseExceptionType.newInstance!;
  const e = factory(type) as PyBaseException;
  e.args = args;
  for (const t of type.mro) {
    const init = exceptionInitHooks.get(t);
    if (init) {
      init(e, args);
      break;
    }
  }
  return e;
}

/** Per-type initialisers for built-in exceptions with extra fields, registered by the
 * module that implements them (e.g. StopIteration's `value`); the nearest in the MRO
 * applies (FileNotFoundError gets OSError's). */
export const exceptionInitHooks = new Map<PyType, (e: PyBaseException, args: PyObject[]) => void>();

export function typeError(message: string): PyBaseException {
  return newException(TypeError_, message);
}
export function valueError(message: string): PyBaseException {
  return newException(ValueError_, message);
}
export function attributeError(message: string): PyBaseException {
  return newException(AttributeError_, message);
}
export function indexError(message: string): PyBaseException {
  return newException(IndexError_, message);
}
export function overflowError(message: string): PyBaseException {
  return newException(OverflowError_, message);
}
export function zeroDivisionError(message: string): PyBaseException {
  return newException(ZeroDivisionError_, message);
}
export function runtimeError(message: string): PyBaseException {
  return newException(RuntimeError_, message);
}
export function systemError(message: string): PyBaseException {
  return newException(SystemError_, message);
}
export function notImplementedError(message: string): PyBaseException {
  return newException(NotImplementedError_, message);
}

export function isException(v: unknown): v is PyBaseException {
  return v instanceof PyBaseException;
}
