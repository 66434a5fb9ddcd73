// The built-in hash modules that Lib/hashlib.py falls back to (as a CPython built without
// OpenSSL uses them): `_md5`, `_sha1`, `_sha256`, `_sha512` and `_sha3` (`_blake2` is
// _blake2.ts), each with CPython's constructor names, types (`_sha256.sha256`...),
// attributes and methods. The digests themselves come from the host (OpenSSL under Node).
// `_hashlib` (_hashlib_openssl.ts) is what hashlib and hmac use first, as in CPython's
// usual build; these remain for a host without it and for direct imports.

import { None } from "../objects/bootstrap.js";
import { newBytes } from "../objects/bytes.js";
import { simpleBufferOf } from "../objects/memoryview.js";
import { typeError, valueError } from "../objects/exceptions.js";
import { defineGetSets, defineMethods, builtinFunction, type KwNames } from "../objects/function.js";
import { index } from "../objects/abstract.js";
import { addressOf, type PyObject, type PyObjectBase } from "../objects/object.js";
import { isStr, strFromJS } from "../objects/str.js";
import { typeName } from "../objects/names.js";
import type { PyType } from "../objects/type.js";
import type { HostHash } from "../host/host.js";
import { vm } from "../vm/state.js";
import { registerNativeModule } from "./registry.js";
import { moduleType, splitArgs } from "./itertools_helpers.js";

export interface Algorithm {
  /** hashlib's name (`.name`). */
  name: string;
  /** The host's (OpenSSL's) name. */
  host: string;
  digestSize: number;
  blockSize: number;
  /** SHAKE: digest() takes a length. */
  xof?: boolean;
}

class PyHash implements PyObjectBase {
  constructor(
    public type: PyType,
    readonly alg: Algorithm,
    readonly h: HostHash,
  ) {}
}

/** The data argument of a constructor or `update`: a bytes-like object. */
export function hashData(v: PyObject): Uint8Array {
  if (isStr(v)) throw typeError("Strings must be encoded before hashing");
  const b = simpleBufferOf(v);
  if (b === undefined) throw typeError(`object supporting the buffer API required`);
  return b;
}

export function newHostHash(host: string): HostHash {
  const h = vm.host.codecs?.hashNew(host);
  if (!h) throw valueError(`unsupported hash type ${host}`);
  return h;
}

function hex(data: Uint8Array): string {
  let s = "";
  for (const b of data) s += b.toString(16).padStart(2, "0");
  return s;
}

function lengthArg(method: string, args: PyObject[], kwnames: KwNames): number {
  const { pos, kw } = splitArgs(args, kwnames);
  const v = pos[0] ?? kw.find(([k]) => k === "length")?.[1];
  if (v === undefined) throw typeError(`${method}() missing required argument 'length' (pos 1)`);
  const n = index(v);
  if (n < 0) throw valueError("length must be non-negative");
  return Number(n);
}

function hashType(module: string, alg: Algorithm): PyType {
  const t = moduleType(module, alg.name, undefined, false);
  const self = (o: PyObject): PyHash => {
    if (!(o instanceof PyHash))
      throw typeError(`descriptor requires a '${t.name}' object but received '${typeName(o)}'`);
    return o;
  };
  const digest = (method: string, o: PyObject, args: PyObject[], kwnames: KwNames): Uint8Array => {
    const h = self(o);
    return alg.xof ? h.h.digest(lengthArg(method, args, kwnames)) : h.h.digest();
  };
  defineMethods(t, {
    update(o, args) {
      self(o).h.update(hashData(args[0]!));
      return None;
    },
    digest: (o, args, kwnames) => newBytes(digest("digest", o, args, kwnames)),
    hexdigest: (o, args, kwnames) => strFromJS(hex(digest("hexdigest", o, args, kwnames))),
    copy: (o) => new PyHash(t, alg, self(o).h.copy()),
    __repr__: (o) => strFromJS(`<${t.name} object at ${addressOf(o)}>`),
  });
  defineGetSets(t, {
    name: [() => strFromJS(alg.name)],
    digest_size: [() => (alg.xof ? 0 : alg.digestSize)],
    block_size: [() => alg.blockSize],
  });
  return t;
}

/** `md5(string=b'', *, usedforsecurity=True)` and friends. */
function constructor(module: string, alg: Algorithm): [PyType, PyObject] {
  const t = hashType(module, alg);
  const fn = builtinFunction(
    alg.name,
    (args, kwnames) => {
      const { pos, kw } = splitArgs(args, kwnames);
      if (pos.length > 1) throw typeError(`${alg.name}() takes at most 1 argument (${pos.length} given)`);
      let data: PyObject | undefined = pos[0];
      for (const [k, v] of kw) {
        if (k === "string" && data === undefined) data = v;
        else if (k !== "usedforsecurity")
          throw typeError(`${alg.name}() got an unexpected keyword argument '${k}'`);
      }
      const h = new PyHash(t, alg, newHostHash(alg.host));
      if (data !== undefined) h.h.update(hashData(data));
      return h;
    },
    module,
  );
  return [t, fn];
}

function hashModule(module: string, names: readonly string[]): void {
  registerNativeModule(module, () => {
    const ns: Record<string, PyObject> = {};
    for (const a of ALGORITHMS.filter((x) => names.includes(x.name))) {
      const [t, fn] = constructor(module, a);
      ns[a.name] = fn;
      ns[`${a.name}Type`] = t;
    }
    return ns;
  });
}

/** Every digest Swallow offers: the hash modules' and, with the names only OpenSSL knows,
 * `_hashlib`'s (block sizes as OpenSSL reports them). */
export const ALGORITHMS: readonly Algorithm[] = [
  { name: "md5", host: "md5", digestSize: 16, blockSize: 64 },
  { name: "sha1", host: "sha1", digestSize: 20, blockSize: 64 },
  { name: "sha224", host: "sha224", digestSize: 28, blockSize: 64 },
  { name: "sha256", host: "sha256", digestSize: 32, blockSize: 64 },
  { name: "sha384", host: "sha384", digestSize: 48, blockSize: 128 },
  { name: "sha512", host: "sha512", digestSize: 64, blockSize: 128 },
  { name: "sha512_224", host: "sha512-224", digestSize: 28, blockSize: 128 },
  { name: "sha512_256", host: "sha512-256", digestSize: 32, blockSize: 128 },
  { name: "sha3_224", host: "sha3-224", digestSize: 28, blockSize: 144 },
  { name: "sha3_256", host: "sha3-256", digestSize: 32, blockSize: 136 },
  { name: "sha3_384", host: "sha3-384", digestSize: 48, blockSize: 104 },
  { name: "sha3_512", host: "sha3-512", digestSize: 64, blockSize: 72 },
  { name: "shake_128", host: "shake128", digestSize: 0, blockSize: 168, xof: true },
  { name: "shake_256", host: "shake256", digestSize: 0, blockSize: 136, xof: true },
  { name: "blake2b", host: "blake2b512", digestSize: 64, blockSize: 128 },
  { name: "blake2s", host: "blake2s256", digestSize: 32, blockSize: 64 },
  { name: "ripemd160", host: "ripemd160", digestSize: 20, blockSize: 64 },
  { name: "md5-sha1", host: "md5-sha1", digestSize: 36, blockSize: 64 },
  { name: "sm3", host: "sm3", digestSize: 32, blockSize: 64 },
];

hashModule("_md5", ["md5"]);
hashModule("_sha1", ["sha1"]);
hashModule("_sha256", ["sha224", "sha256"]);
hashModule("_sha512", ["sha384", "sha512"]);
hashModule("_sha3", ["sha3_224", "sha3_256", "sha3_384", "sha3_512", "shake_128", "shake_256"]);
