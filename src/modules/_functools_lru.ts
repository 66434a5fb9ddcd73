// functools._lru_cache_wrapper, the object `lru_cache` returns, as CPython's C type.
//
// The cache is a PyDict, so keys are compared as dict keys are (hash, then `__eq__`), from
// keys built as CPython's lru_cache_make_key builds them: the positional arguments, then a
// marker object and the keyword pairs in call order, then with `typed` the argument types;
// a single positional int or str of exact type and no keywords is its own key. The key is
// hashed once per call (a tuple key's items' `__hash__` run once), as CPython does with
// _PyDict_GetItem_KnownHash.
//
// Three call paths are chosen when the wrapper is made: maxsize 0 only counts misses,
// maxsize None caches without bound (the dict maps keys to results), and a positive
// maxsize keeps links in a circular list in order of use, the dict mapping keys to links;
// when full, the oldest link is reused for the new entry. The user function may reenter
// the wrapper or clear the cache while it runs, so after it returns the key is looked up
// again and the eviction copes with a link the dict no longer holds, as in CPython.

import { None, objectType } from "../objects/bootstrap.js";
import { getAttr, hash, index, isCallable, isTrue } from "../objects/abstract.js";
import { call } from "../objects/call.js";
import { PyDict, type Hash } from "../objects/dict.js";
import { overflowError, typeError } from "../objects/exceptions.js";
import { defineGetSets, defineMethods, PyMethod, type KwNames } from "../objects/function.js";
import { defineNew } from "../objects/iterators.js";
import {
  PyInstance,
  typeOf,
  type AttributeDict,
  type PyObject,
  type PyObjectBase,
} from "../objects/object.js";
import { typeName } from "../objects/names.js";
import { isExactStr, strFromJS } from "../objects/str.js";
import { noArgs, noKeywords } from "../objects/str_args.js";
import { PyTuple } from "../objects/tuple.js";
import type { PyType } from "../objects/type.js";
import { instanceDictGetSet, moduleType, parseKw } from "./itertools_helpers.js";

export const lruCacheType = moduleType("functools", "_lru_cache_wrapper", objectType, false);
lruCacheType.hasInstanceDict = true;
lruCacheType.extra["hasWeakref"] = true;
lruCacheType.dict.set(
  "__doc__",
  "_lru_cache_wrapper(user_function, maxsize, typed, cache_info_type)\n\n" +
    "The callable that functools.lru_cache wraps around user_function: maxsize 0 caches\n" +
    "nothing, None caches without limit, n keeps the n most recently used results;\n" +
    "typed caches arguments of different types separately; cache_info() returns a\n" +
    "cache_info_type(hits, misses, maxsize, currsize).",
);

/** The links of the bounded cache's list (CPython's `_lru_list_elem`, never exposed). */
const lruListElemType = moduleType("functools", "_lru_list_elem", objectType, false);
lruListElemType.disallowInstantiation = true;

class Link implements PyObjectBase {
  type = lruListElemType;
  prev: Link = this;
  next: Link = this;
  constructor(
    public key: PyObject,
    /** The key's hash when the key is an object (a tuple); 0 for an int or str key, which
     * the dict looks up by value. */
    public hash: Hash,
    public result: PyObject,
  ) {}
}

/** Separates positional arguments from keyword pairs in keys (one per process, as CPython's
 * module state holds one). */
const kwdMark = new PyInstance(objectType);

type Wrapper = (c: PyLruCache, args: PyObject[], kwnames: KwNames) => PyObject;

class PyLruCache implements PyObjectBase {
  type: PyType = lruCacheType;
  dict: AttributeDict | null = null;
  hits = 0;
  misses = 0;
  readonly cache = new PyDict();
  /** The list's sentinel: `root.next` is the least recently used link. */
  readonly root = new Link(None, 0, None);
  constructor(
    readonly func: PyObject,
    readonly wrapper: Wrapper,
    /** The bound as a number (bounded caches); what `cache_info` shows is `maxsizeInfo`. */
    readonly maxsize: number,
    readonly maxsizeInfo: PyObject,
    readonly typed: boolean,
    readonly cacheInfoType: PyObject,
  ) {}

  /** `__get__`: binds like a function, so decorated methods work. */
  descrGet(obj: PyObject | null, _owner: PyType): PyObject {
    return obj === null || obj === None ? this : new PyMethod(this, obj);
  }
}

/** The cache key of a call (lru_cache_make_key). With neither keywords nor `typed` the key
 * tuple shares the `args` array: a caller that stores it makes it its own first. */
function makeKey(c: PyLruCache, args: PyObject[], kwnames: KwNames): PyObject {
  const nkw = kwnames === null ? 0 : kwnames.length;
  if (nkw === 0 && !c.typed) {
    if (args.length === 1) {
      const k = args[0]!;
      if (typeof k === "number" || typeof k === "bigint" || isExactStr(k)) return k;
    }
    return new PyTuple(args);
  }
  const npos = args.length - nkw;
  const items = args.slice(0, npos);
  if (nkw > 0) {
    items.push(kwdMark);
    for (let k = 0; k < nkw; k++) items.push(strFromJS(kwnames![k]!), args[npos + k]!);
  }
  if (c.typed) for (let i = 0; i < args.length; i++) items.push(typeOf(args[i]!));
  return new PyTuple(items);
}

/** The hash of an object key, computed once per call; 0 for the keys the dict finds by
 * value (ints, strs), whose hashing runs no Python code. */
function keyHash(key: PyObject): Hash {
  return typeof key === "object" && !isExactStr(key) ? hash(key) : 0;
}

function lookup(cache: PyDict, key: PyObject, h: Hash): PyObject | undefined {
  const e = typeof key === "object" && !isExactStr(key) ? cache.lookupKnownHash(key, h) : cache.lookup(key);
  return e === undefined ? undefined : e.value;
}

function store(cache: PyDict, key: PyObject, h: Hash, value: PyObject): void {
  if (typeof key === "object" && !isExactStr(key)) cache.setKnownHash(key, h, value);
  else cache.set(key, value);
}

/** The user function's arguments on a miss: a copy when the key tuple shares them, since a
 * callee may reuse the array it is given. */
function callArgs(key: PyObject, args: PyObject[]): PyObject[] {
  return key instanceof PyTuple && key.items === args ? args.slice() : args;
}

const uncachedWrapper: Wrapper = (c, args, kwnames) => {
  c.misses++;
  return call(c.func, args, kwnames);
};

const infiniteWrapper: Wrapper = (c, args, kwnames) => {
  const key = makeKey(c, args, kwnames);
  const h = keyHash(key);
  const cached = lookup(c.cache, key, h);
  if (cached !== undefined) {
    c.hits++;
    return cached;
  }
  c.misses++;
  const result = call(c.func, callArgs(key, args), kwnames);
  store(c.cache, key, h, result);
  return result;
};

function extractLink(link: Link): void {
  link.prev.next = link.next;
  link.next.prev = link.prev;
}

/** Makes `link` the most recently used. */
function appendLink(c: PyLruCache, link: Link): void {
  const root = c.root;
  const last = root.prev;
  last.next = root.prev = link;
  link.prev = last;
  link.next = root;
}

/** Puts `link` back as the least recently used. */
function prependLink(c: PyLruCache, link: Link): void {
  const root = c.root;
  const first = root.next;
  first.prev = root.next = link;
  link.prev = root;
  link.next = first;
}

const boundedWrapper: Wrapper = (c, args, kwnames) => {
  const key = makeKey(c, args, kwnames);
  const h = keyHash(key);
  const cache = c.cache;
  const found = lookup(cache, key, h) as Link | undefined;
  if (found !== undefined) {
    extractLink(found);
    appendLink(c, found);
    c.hits++;
    return found.result;
  }
  c.misses++;
  const result = call(c.func, callArgs(key, args), kwnames);
  // The same key was added while the function ran (it called the wrapper): keep that.
  if (lookup(cache, key, h) !== undefined) return result;
  if (cache.size < c.maxsize || c.root.next === c.root) {
    const link = new Link(key, h, result);
    store(cache, key, h, link);
    appendLink(c, link);
    return result;
  }
  // Full: the oldest link leaves the dict and is reused for the new entry.
  const link = c.root.next;
  extractLink(link);
  let entry;
  try {
    entry =
      typeof link.key === "object" && !isExactStr(link.key)
        ? cache.lookupKnownHash(link.key, link.hash)
        : cache.lookup(link.key);
  } catch (e) {
    prependLink(c, link);
    throw e;
  }
  // Gone already (the function cleared the cache): the link stays out of the list.
  if (entry === undefined) return result;
  cache.removeEntry(entry);
  link.key = key;
  link.hash = h;
  link.result = result;
  store(cache, key, h, link);
  appendLink(c, link);
  return result;
};

/** PyNumber_AsSsize_t(maxsize, OverflowError), clipped below at 0 as lru_cache does. */
function maxsizeOf(o: PyObject): number | bigint {
  const i = index(o);
  if (typeof i === "bigint") {
    if (i >= 2n ** 63n || i < -(2n ** 63n))
      throw overflowError("cannot fit 'int' into an index-sized integer");
    return i < 0n ? 0 : i;
  }
  return i < 0 ? 0 : i;
}

/** PyIndex_Check. */
function hasIndex(o: PyObject): boolean {
  if (typeof o === "number" || typeof o === "bigint" || typeof o === "boolean") return true;
  return typeof o === "object" && o.type.lookup("__index__") !== undefined;
}

defineNew(lruCacheType, (_cls, args, kwnames) => {
  const [func, maxsizeArg, typedArg, cacheInfoType] = parseKw(
    "lru_cache",
    args,
    kwnames,
    ["user_function", "maxsize", "typed", "cache_info_type"],
    4,
  ) as PyObject[];
  const typed = isTrue(typedArg!);
  if (!isCallable(func!)) throw typeError("the first argument must be callable");
  let wrapper: Wrapper;
  let maxsize = 0;
  let info: PyObject = None;
  if (maxsizeArg === None) wrapper = infiniteWrapper;
  else if (hasIndex(maxsizeArg!)) {
    const m = maxsizeOf(maxsizeArg!);
    info = m;
    maxsize = Number(m);
    wrapper = maxsize === 0 ? uncachedWrapper : boundedWrapper;
  } else throw typeError("maxsize should be integer or None");
  return new PyLruCache(func!, wrapper, maxsize, info, typed, cacheInfoType!);
});

function asCache(self: PyObject): PyLruCache {
  if (!(self instanceof PyLruCache))
    throw typeError(
      `descriptor requires a 'functools._lru_cache_wrapper' object but received a '${typeName(self)}'`,
    );
  return self;
}

lruCacheType.call = (self, args, kwnames) => (self as PyLruCache).wrapper(self as PyLruCache, args, kwnames);
defineMethods(lruCacheType, {
  __call__: (self, args, kwnames) => {
    const c = asCache(self);
    return c.wrapper(c, args, kwnames);
  },
  __get__: (self, args, kwnames) => {
    if (kwnames !== null && kwnames.length > 0)
      throw typeError("wrapper __get__() takes no keyword arguments");
    if (args.length < 1) throw typeError(" expected at least 1 argument, got 0");
    if (args.length > 2) throw typeError(` expected at most 2 arguments, got ${args.length}`);
    const obj = args[0]!;
    const owner = args[1] ?? None;
    if (obj === None && owner === None) throw typeError("__get__(None, None) is invalid");
    return asCache(self).descrGet(obj, lruCacheType);
  },
  cache_info: (self, args, kwnames) => {
    noArgs("_lru_cache_wrapper.cache_info", args, kwnames);
    const c = asCache(self);
    return call(c.cacheInfoType, [c.hits, c.misses, c.maxsizeInfo, c.cache.size], null);
  },
  cache_clear: (self, args, kwnames) => {
    noArgs("_lru_cache_wrapper.cache_clear", args, kwnames);
    const c = asCache(self);
    c.root.prev = c.root.next = c.root;
    c.hits = c.misses = 0;
    c.cache.clear();
    return None;
  },
  /** Pickled by reference: the name under which the module holds it. */
  __reduce__: (self, args, kwnames) => {
    noArgs("_lru_cache_wrapper.__reduce__", args, kwnames);
    return getAttr(self, "__qualname__");
  },
  __copy__: (self, _args, kwnames) => {
    noKeywords("_lru_cache_wrapper.__copy__", kwnames);
    return self;
  },
  __deepcopy__: (self, _args, kwnames) => {
    noKeywords("_lru_cache_wrapper.__deepcopy__", kwnames);
    return self;
  },
});
defineGetSets(lruCacheType, { __dict__: instanceDictGetSet });
