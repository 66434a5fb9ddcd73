// The `_hashlib` module (CPython's _hashopenssl.c) over the host's OpenSSL digests: the
// HASH, HASHXOF and HMAC types, `new` and the `openssl_*` constructors, pbkdf2_hmac,
// scrypt, hmac_new/hmac_digest and compare_digest. With it, hashlib and hmac take the same
// paths as a CPython built with OpenSSL — the usual build, and the oracle's — including
// the names OpenSSL knows beyond hashlib's guaranteed ones (sha512_256, ripemd160...).
// HMAC is computed here over copyable digest states, so that HMAC objects can be copied.

import { frozensetType, None, typeType } from "../objects/bootstrap.js";
import { newBytes } from "../objects/bytes.js";
import { exceptionType, newException, overflowError, typeError, valueError } from "../objects/exceptions.js";
import { builtinFunction, defineGetSets, defineMethods, type KwNames } from "../objects/function.js";
import { clinic, unpack } from "../objects/arg_clinic.js";
import { index, reprJS } from "../objects/abstract.js";
import { PyDict } from "../objects/dict.js";
import { simpleBufferOf } from "../objects/memoryview.js";
import { addressOf, isInt, typeOf, type PyObject, type PyObjectBase } from "../objects/object.js";
import { setFromIterable } from "../objects/set.js";
import { PyTuple } from "../objects/tuple.js";
import { isStr, jsString, strFromJS } from "../objects/str.js";
import { typeName } from "../objects/names.js";
import { PyType } from "../objects/type.js";
import { PyMappingProxy } from "../objects/typeobject.js";
import type { HostHash } from "../host/host.js";
import { vm } from "../vm/state.js";
import { registerNativeModule } from "./registry.js";
import { moduleType } from "./itertools_helpers.js";
import { ALGORITHMS, hashData, type Algorithm } from "./_hashlib.js";
import { compareDigest } from "./_operator.js";

type Digest = Algorithm;
const DIGESTS = ALGORITHMS;
/** Every spelling that finds a digest — hashlib's names and the names and aliases OpenSSL 3
 * fetches by (case-insensitively) — lowercased. */
const ALIASES: Record<string, string> = {
  "ssl3-md5": "md5",
  "sha-1": "sha1",
  "ssl3-sha1": "sha1",
  "sha2-224": "sha224",
  "sha-224": "sha224",
  "sha2-256": "sha256",
  "sha-256": "sha256",
  "sha2-384": "sha384",
  "sha-384": "sha384",
  "sha2-512": "sha512",
  "sha-512": "sha512",
  "sha2-512/224": "sha512_224",
  "sha-512/224": "sha512_224",
  "sha512-224": "sha512_224",
  "sha2-512/256": "sha512_256",
  "sha-512/256": "sha512_256",
  "sha512-256": "sha512_256",
  "sha3-224": "sha3_224",
  "sha3-256": "sha3_256",
  "sha3-384": "sha3_384",
  "sha3-512": "sha3_512",
  "shake-128": "shake_128",
  shake128: "shake_128",
  "shake-256": "shake_256",
  shake256: "shake_256",
  "blake2b-512": "blake2b",
  blake2b512: "blake2b",
  "blake2s-256": "blake2s",
  blake2s256: "blake2s",
  "ripemd-160": "ripemd160",
  ripemd: "ripemd160",
  rmd160: "ripemd160",
};

/** The digests with an `openssl_<name>` constructor (hashlib's guaranteed ones but blake2). */
const CONSTRUCTORS = new Set([
  "md5",
  "sha1",
  "sha224",
  "sha256",
  "sha384",
  "sha512",
  "sha3_224",
  "sha3_256",
  "sha3_384",
  "sha3_512",
  "shake_128",
  "shake_256",
]);

const byPyName = new Map(DIGESTS.map((d) => [d.name, d]));

/** The error OpenSSL 3 leaves when a digest cannot be fetched, as CPython words it. */
const UNSUPPORTED = "[digital envelope routines] unsupported";

let unsupportedError: PyType | undefined;

function unsupportedDigestmod(message: string): never {
  unsupportedError ??= makeUnsupportedError();
  throw newException(unsupportedError, strFromJS(message));
}

function makeUnsupportedError(): PyType {
  const t = new PyType(typeType, "UnsupportedDigestmodError", [exceptionType("ValueError")], true);
  t.dict.set("__module__", "_hashlib");
  return t;
}

const availability = new Map<Digest, boolean>();

function available(d: Digest): boolean {
  let ok = availability.get(d);
  if (ok === undefined) {
    ok = (vm.host.codecs?.hashNew(d.host) ?? null) !== null;
    availability.set(d, ok);
  }
  return ok;
}

/** The digest a name fetches (py_digest_by_name), or UnsupportedDigestmodError. */
function digestByName(name: string): Digest {
  const lower = name.toLowerCase();
  const d = byPyName.get(ALIASES[lower] ?? lower);
  if (d === undefined || !available(d)) unsupportedDigestmod(UNSUPPORTED);
  return d;
}

function newState(d: Digest): HostHash {
  return vm.host.codecs!.hashNew(d.host)!;
}

// ---- HASH and HASHXOF ----

class PyHASH implements PyObjectBase {
  constructor(
    public type: PyType,
    readonly digest: Digest,
    readonly state: HostHash,
  ) {}
}

function hex(data: Uint8Array): string {
  let s = "";
  for (const b of data) s += b.toString(16).padStart(2, "0");
  return s;
}

/** Types made only by the module's functions: calling one (or a subclass) fails. */
function noInstances(t: PyType, doc: string): void {
  t.newInstance = (cls) => {
    throw typeError(`cannot create '${cls.name}' instances`);
  };
  t.dict.set("__doc__", strFromJS(doc));
}

const hashDoc = (args: string): string =>
  "A hash is an object used to calculate a checksum of a string of information.\n\nMethods:\n\n" +
  "update() -- updates the current digest with an additional string\n" +
  `digest(${args}) -- return the current digest value\n` +
  `hexdigest(${args}) -- return the current digest as a string of hexadecimal digits\n` +
  "copy() -- return a copy of the current hash object\n\nAttributes:\n\n" +
  "name -- the hash algorithm being used by this object\n" +
  "digest_size -- number of bytes in this hashes output";

// HASH and HASHXOF may be subclassed (though not instantiated), HMAC may not.
const hashType = moduleType("_hashlib", "HASH");
const hashXofType = moduleType("_hashlib", "HASHXOF", hashType);
noInstances(hashType, hashDoc(""));
noInstances(hashXofType, hashDoc("length"));

function asHash(o: PyObject, t: PyType): PyHASH {
  if (!(o instanceof PyHASH) || !typeOf(o).isSubtypeOf(t))
    throw typeError(`descriptor requires a '${t.name}' object but received '${typeName(o)}'`);
  return o;
}

function noArgs(method: string, args: PyObject[], kwnames: KwNames): void {
  if (kwnames && kwnames.length) throw typeError(`${method}() takes no keyword arguments`);
  if (args.length) throw typeError(`${method}() takes no arguments (${args.length} given)`);
}

defineMethods(hashType, {
  update(o, args, kwnames) {
    const h = asHash(o, hashType);
    if (kwnames && kwnames.length) throw typeError("HASH.update() takes no keyword arguments");
    if (args.length !== 1) throw typeError(`HASH.update() takes exactly one argument (${args.length} given)`);
    h.state.update(hashData(args[0]!));
    return None;
  },
  digest(o, args, kwnames) {
    const h = asHash(o, hashType);
    noArgs("HASH.digest", args, kwnames);
    return newBytes(h.state.digest());
  },
  hexdigest(o, args, kwnames) {
    const h = asHash(o, hashType);
    noArgs("HASH.hexdigest", args, kwnames);
    return strFromJS(hex(h.state.digest()));
  },
  copy(o) {
    const h = asHash(o, hashType);
    return new PyHASH(typeOf(h), h.digest, h.state.copy());
  },
  __repr__(o) {
    const h = asHash(o, hashType);
    return strFromJS(`<${h.digest.name} ${typeOf(h).name} object @ ${addressOf(o)}>`);
  },
});
defineGetSets(hashType, {
  name: [(o) => strFromJS(asHash(o, hashType).digest.name)],
  digest_size: [(o) => asHash(o, hashType).digest.digestSize],
  block_size: [(o) => asHash(o, hashType).digest.blockSize],
});

/** HASHXOF.digest(length) / hexdigest(length): a Py_ssize_t length; a negative one fails as
 * CPython's allocation of it does. */
function xofLength(method: string, args: PyObject[], kwnames: KwNames, hexOut: boolean): number {
  const [v] = unpack(clinic(`${method}(length)`), args, kwnames);
  const n = BigInt(index(v!));
  if (n >= 2n ** 63n || n < -(2n ** 63n)) throw overflowError("Python int too large to convert to C ssize_t");
  if (n < 0n) {
    if (hexOut) throw newException(exceptionType("MemoryError"));
    throw newException(
      exceptionType("SystemError"),
      strFromJS("Negative size passed to PyBytes_FromStringAndSize"),
    );
  }
  return Number(n);
}

defineMethods(hashXofType, {
  digest(o, args, kwnames) {
    const h = asHash(o, hashXofType);
    const n = xofLength("digest", args, kwnames, false);
    return newBytes(n === 0 ? new Uint8Array(0) : h.state.digest(n));
  },
  hexdigest(o, args, kwnames) {
    const h = asHash(o, hashXofType);
    const n = xofLength("hexdigest", args, kwnames, true);
    return strFromJS(n === 0 ? "" : hex(h.state.digest(n)));
  },
});

function newHash(d: Digest, data: PyObject | undefined): PyHASH {
  const h = new PyHASH(d.xof ? hashXofType : hashType, d, newState(d));
  if (data !== undefined) h.state.update(hashData(data));
  return h;
}

// ---- HMAC ----

/** HMAC (RFC 2104) kept as the inner digest's running state and the outer key block, so
 * that it can be copied and read at any point. */
class PyHMAC implements PyObjectBase {
  type = hmacType;
  constructor(
    readonly digest: Digest,
    readonly inner: HostHash,
    readonly outerKey: Uint8Array,
  ) {}

  static create(d: Digest, key: Uint8Array): PyHMAC {
    // OpenSSL cannot key an extendable-output function; CPython reports its empty error.
    if (d.xof) throw valueError("no reason supplied");
    let k = key;
    if (k.length > d.blockSize) {
      const h = newState(d);
      h.update(k);
      k = h.digest();
    }
    const block = new Uint8Array(d.blockSize);
    block.set(k);
    const inner = newState(d);
    inner.update(block.map((b) => b ^ 0x36));
    return new PyHMAC(
      d,
      inner,
      block.map((b) => b ^ 0x5c),
    );
  }

  result(): Uint8Array {
    const outer = newState(this.digest);
    outer.update(this.outerKey);
    outer.update(this.inner.digest());
    return outer.digest();
  }
}

const hmacType = moduleType("_hashlib", "HMAC", undefined, false);
noInstances(
  hmacType,
  "The object used to calculate HMAC of a message.\n\nMethods:\n\n" +
    "update() -- updates the current digest with an additional string\n" +
    "digest() -- return the current digest value\n" +
    "hexdigest() -- return the current digest as a string of hexadecimal digits\n" +
    "copy() -- return a copy of the current hash object\n\nAttributes:\n\n" +
    "name -- the name, including the hash algorithm used by this object\n" +
    "digest_size -- number of bytes in digest() output\n",
);

function asHmac(o: PyObject): PyHMAC {
  if (!(o instanceof PyHMAC))
    throw typeError(`descriptor requires a '_hashlib.HMAC' object but received '${typeName(o)}'`);
  return o;
}

const hmacUpdateSig = clinic("update(msg)");
defineMethods(hmacType, {
  update(o, args, kwnames) {
    const h = asHmac(o);
    const [msg] = unpack(hmacUpdateSig, args, kwnames);
    h.inner.update(hashData(msg!));
    return None;
  },
  digest: (o) => newBytes(asHmac(o).result()),
  hexdigest: (o) => strFromJS(hex(asHmac(o).result())),
  copy(o) {
    const h = asHmac(o);
    return new PyHMAC(h.digest, h.inner.copy(), h.outerKey);
  },
  __repr__: (o) => strFromJS(`<${asHmac(o).digest.name} HMAC object @ ${addressOf(o)}>`),
});
defineGetSets(hmacType, {
  name: [(o) => strFromJS(`hmac-${asHmac(o).digest.name}`)],
  digest_size: [(o) => asHmac(o).digest.digestSize],
  block_size: [(o) => asHmac(o).digest.blockSize],
});

/** A `Py_buffer` parameter. */
function bufferArg(v: PyObject): Uint8Array {
  const b = simpleBufferOf(v);
  if (b === undefined) throw typeError(`a bytes-like object is required, not '${typeName(v)}'`);
  return b;
}

// ---- the module ----

registerNativeModule("_hashlib", () => {
  const ns: Record<string, PyObject> = {
    HASH: hashType,
    HASHXOF: hashXofType,
    HMAC: hmacType,
  };
  unsupportedError ??= makeUnsupportedError();
  ns.UnsupportedDigestmodError = unsupportedError;

  const constructors = new PyDict();
  /** The openssl_* functions and their digests: hmac_new accepts these as a digestmod. */
  const constructorDigest = new Map<PyObject, Digest>();
  for (const d of DIGESTS) {
    if (!CONSTRUCTORS.has(d.name) || !available(d)) continue;
    const sig = clinic(`openssl_${d.name}(string=?, *, usedforsecurity=?)`);
    const f = builtinFunction(
      `openssl_${d.name}`,
      (args, kwnames) => newHash(d, unpack(sig, args, kwnames)[0]),
      "_hashlib",
    );
    ns[`openssl_${d.name}`] = f;
    constructors.set(f, strFromJS(d.name));
    constructorDigest.set(f, d);
  }
  ns._constructors = new PyMappingProxy(constructors);

  const newSig = clinic("new(name, string=?, *, usedforsecurity=?)");
  ns.new = builtinFunction(
    "new",
    (args, kwnames) => {
      const [name, data] = unpack(newSig, args, kwnames);
      if (!isStr(name!)) throw typeError("name must be a string");
      return newHash(digestByName(jsString(name)), data);
    },
    "_hashlib",
  );
  ns.openssl_md_meth_names = setFromIterable(
    new PyTuple(DIGESTS.filter(available).map((d) => strFromJS(d.name))),
    frozensetType,
  );
  ns.get_fips_mode = builtinFunction("get_fips_mode", () => 0, "_hashlib");
  ns.compare_digest = builtinFunction(
    "compare_digest",
    (args, kwnames) => {
      const [a, b] = unpack(clinic("compare_digest(a, b, /)"), args, kwnames);
      return compareDigest(a!, b!);
    },
    "_hashlib",
  );

  /** py_digest_by_digestmod: a name, or one of the openssl_* constructors. */
  const digestByDigestmod = (m: PyObject): Digest => {
    if (isStr(m)) return digestByName(jsString(m));
    const d = constructorDigest.get(m);
    if (d === undefined) unsupportedDigestmod(`Unsupported digestmod ${reprJS(m)}`);
    return d;
  };
  const hmacNewSig = clinic("hmac_new(key, msg=?, digestmod=?)");
  ns.hmac_new = builtinFunction(
    "hmac_new",
    (args, kwnames) => {
      const [keyArg, msg, digestmod] = unpack(hmacNewSig, args, kwnames);
      const key = bufferArg(keyArg!);
      if (digestmod === undefined) throw typeError("Missing required parameter 'digestmod'.");
      const h = PyHMAC.create(digestByDigestmod(digestmod), key);
      if (msg !== undefined && msg !== None) h.inner.update(hashData(msg));
      return h;
    },
    "_hashlib",
  );
  const hmacDigestSig = clinic("hmac_digest(key, msg, digest)");
  ns.hmac_digest = builtinFunction(
    "hmac_digest",
    (args, kwnames) => {
      const [keyArg, msgArg, digest] = unpack(hmacDigestSig, args, kwnames);
      const key = bufferArg(keyArg!);
      const msg = bufferArg(msgArg!);
      const h = PyHMAC.create(digestByDigestmod(digest!), key);
      h.inner.update(msg);
      return newBytes(h.result());
    },
    "_hashlib",
  );

  const pbkdf2Sig = clinic("pbkdf2_hmac(hash_name, password, salt, iterations, dklen=?)");
  ns.pbkdf2_hmac = builtinFunction(
    "pbkdf2_hmac",
    (args, kwnames) => {
      const [nameArg, passwordArg, saltArg, iterArg, dklenArg] = unpack(pbkdf2Sig, args, kwnames);
      if (!isStr(nameArg!))
        throw typeError(`pbkdf2_hmac() argument 'hash_name' must be str, not ${typeName(nameArg!)}`);
      const password = bufferArg(passwordArg!);
      const salt = bufferArg(saltArg!);
      const iterations = cLong(iterArg!);
      const d = digestByName(jsString(nameArg));
      if (iterations < 1) throw valueError("iteration value must be greater than 0.");
      if (iterations > 0x7fffffff) throw overflowError("iteration value is too great.");
      const dklen = dklenArg === undefined || dklenArg === None ? d.digestSize : cLong(dklenArg);
      if (dklen < 1) throw valueError("key length must be greater than 0.");
      if (dklen > 0x7fffffff) throw overflowError("key length is too great.");
      if (d.xof) throw valueError("no reason supplied");
      return newBytes(pbkdf2(d, password, salt, iterations, dklen));
    },
    "_hashlib",
  );

  const scryptSig = clinic("scrypt(password, *, salt=?, n=?, r=?, p=?, maxmem=?, dklen=?)");
  ns.scrypt = builtinFunction(
    "scrypt",
    (args, kwnames) => {
      const [passwordArg, saltArg, nArg, rArg, pArg, maxmemArg, dklenArg] = unpack(scryptSig, args, kwnames);
      const password = bufferArg(passwordArg!);
      if (saltArg === undefined || saltArg === None) throw typeError("salt is required");
      const salt = bufferArg(saltArg);
      const unsigned = (v: PyObject | undefined, what: string): number => {
        if (v !== undefined && v !== None && !isInt(v))
          throw typeError(`scrypt() argument '${what}' must be int, not ${typeName(v)}`);
        if (
          v === undefined ||
          v === None ||
          BigInt(v as number | bigint) < 0n ||
          BigInt(v as number | bigint) > 0xffffffffn
        )
          throw typeError(`${what} is required and must be an unsigned int`);
        return Number(v);
      };
      const n = unsigned(nArg, "n");
      const r = unsigned(rArg, "r");
      const p = unsigned(pArg, "p");
      if (n < 2 || (n & (n - 1)) !== 0) throw valueError("n must be a power of 2.");
      const maxmem = maxmemArg === undefined ? 0 : cLong(maxmemArg);
      if (maxmem < 0 || maxmem > 0x7fffffff)
        throw valueError("maxmem must be positive and smaller than 2147483647");
      const dklen = dklenArg === undefined ? 64 : cLong(dklenArg);
      if (dklen < 1 || dklen > 0x7fffffff)
        throw valueError("dklen must be greater than 0 and smaller than 2147483647");
      const out = vm.host.codecs?.scrypt?.(password, salt, n, r, p, maxmem, dklen);
      if (out === undefined) throw valueError("no reason supplied");
      if (out === "invalid") throw valueError("Invalid parameter combination for n, r, p, maxmem.");
      if (out === "memory") throw valueError("[digital envelope routines] memory limit exceeded");
      return newBytes(out);
    },
    "_hashlib",
  );
  return ns;
});

/** A C `long` parameter. */
function cLong(v: PyObject): number {
  const n = BigInt(index(v));
  if (n >= 2n ** 63n || n < -(2n ** 63n)) throw overflowError("Python int too large to convert to C long");
  return Number(n);
}

/** PBKDF2-HMAC (RFC 8018): the host's when it has one, else over the HMAC above. */
function pbkdf2(
  d: Digest,
  password: Uint8Array,
  salt: Uint8Array,
  iterations: number,
  dklen: number,
): Uint8Array {
  const fast = vm.host.codecs?.pbkdf2?.(d.host, password, salt, iterations, dklen);
  if (fast) return fast;
  const out = new Uint8Array(dklen);
  const base = PyHMAC.create(d, password);
  for (let block = 1, at = 0; at < dklen; block++, at += d.digestSize) {
    const first = new PyHMAC(d, base.inner.copy(), base.outerKey);
    first.inner.update(salt);
    first.inner.update(
      new Uint8Array([block >>> 24, (block >>> 16) & 255, (block >>> 8) & 255, block & 255]),
    );
    let u = first.result();
    const t = u.slice();
    for (let i = 1; i < iterations; i++) {
      const next = new PyHMAC(d, base.inner.copy(), base.outerKey);
      next.inner.update(u);
      u = next.result();
      for (let j = 0; j < t.length; j++) t[j]! ^= u[j]!;
    }
    out.set(t.subarray(0, Math.min(d.digestSize, dklen - at)), at);
  }
  return out;
}
