// `anext(iterator, default)`: the awaitable of the iterator's __anext__(), through which an
// exhausted iterator's StopAsyncIteration becomes the return of `default` (CPython's
// anext_awaitable). Without a default, anext() returns __anext__()'s awaitable itself.

import { None, objectType, typeType } from "../objects/bootstrap.js";
import { call, callSpecial } from "../objects/call.js";
import {
  exceptionType,
  isException,
  newException,
  StopIteration_,
  typeError,
} from "../objects/exceptions.js";
import { defineMethods } from "../objects/function.js";
import { getAttr } from "../objects/abstract.js";
import { typeName } from "../objects/names.js";
import type { PyObject, PyObjectBase } from "../objects/object.js";
import { PyType } from "../objects/type.js";
import { awaitableIter, coroutineType, PyGenerator } from "./generator.js";

const anextAwaitableType = new PyType(typeType, "anext_awaitable", [objectType], true);
anextAwaitableType.isBaseType = false;

class AnextAwaitable implements PyObjectBase {
  readonly type = anextAwaitableType;
  constructor(
    readonly awaitable: PyObject,
    readonly defaultValue: PyObject,
  ) {}
}

/** `anext(iterator[, default])`. */
export function anext(iterator: PyObject, defaultValue: PyObject | undefined): PyObject {
  const awaitable = callSpecial(iterator, "__anext__");
  if (awaitable === undefined) throw typeError(`'${typeName(iterator)}' object is not an async iterator`);
  return defaultValue === undefined ? awaitable : new AnextAwaitable(awaitable, defaultValue);
}

/** The iterator each step goes to, asked for afresh at every step as CPython does: a
 * coroutine's is a new __await__ wrapper around the same coroutine. */
function stepper(a: AnextAwaitable): PyObject {
  const it = awaitableIter(a.awaitable);
  return it instanceof PyGenerator && it.type === coroutineType ? callSpecial(it, "__await__")! : it;
}

/** One step; the iterator's end (StopAsyncIteration) is the awaitable's return of the default. */
function step(a: AnextAwaitable, run: (it: PyObject) => PyObject): PyObject {
  const it = stepper(a);
  try {
    return run(it);
  } catch (e) {
    if (isException(e) && e.type.isSubtypeOf(exceptionType("StopAsyncIteration"))) {
      throw a.defaultValue === None
        ? newException(StopIteration_)
        : newException(StopIteration_, a.defaultValue);
    }
    throw e;
  }
}

function nextOf(it: PyObject): PyObject {
  const r = callSpecial(it, "__next__");
  if (r === undefined) throw typeError(`'${typeName(it)}' object is not an iterator`);
  return r;
}

defineMethods(anextAwaitableType, {
  __await__: (self) => self,
  __iter__: (self) => self,
  __next__: (self) => step(self as AnextAwaitable, nextOf),
  send: (self, args) =>
    step(self as AnextAwaitable, (it) => call(getAttr(it, "send"), [args[0] ?? None], null)),
  throw: (self, args) => step(self as AnextAwaitable, (it) => call(getAttr(it, "throw"), args, null)),
  close: (self) => step(self as AnextAwaitable, (it) => call(getAttr(it, "close"), [], null)),
});
