// The `_blake2` module: the `blake2b` and `blake2s` types hashlib exports, with every
// parameter of CPython's constructors (key, salt, person, digest size and the tree-hashing
// fields), range-checked in CPython's order with its messages. The hashing is
// blake2_core.ts.

import { None } from "../objects/bootstrap.js";
import { clinic, unpack } from "../objects/arg_clinic.js";
import { newBytes } from "../objects/bytes.js";
import { simpleBufferOf } from "../objects/memoryview.js";
import { overflowError, typeError, valueError } from "../objects/exceptions.js";
import { defineGetSets, defineMethods } from "../objects/function.js";
import { defineNew } from "../objects/iterators.js";
import { index, isTrue } from "../objects/abstract.js";
import { addressOf, isInt, typeOf, type PyObject, type PyObjectBase } from "../objects/object.js";
import { strFromJS } from "../objects/str.js";
import { typeName } from "../objects/names.js";
import type { PyType } from "../objects/type.js";
import { registerNativeModule } from "./registry.js";
import { moduleType } from "./itertools_helpers.js";
import { hashData } from "./_hashlib.js";
import { Blake2, type Blake2Params } from "./blake2_core.js";

interface Variant {
  name: string;
  big: boolean;
  maxDigest: number;
  maxKey: number;
  saltSize: number;
  personSize: number;
  blockSize: number;
}

const VARIANTS: Variant[] = [
  { name: "blake2b", big: true, maxDigest: 64, maxKey: 64, saltSize: 16, personSize: 16, blockSize: 128 },
  { name: "blake2s", big: false, maxDigest: 32, maxKey: 32, saltSize: 8, personSize: 8, blockSize: 64 },
];

class PyBlake2 implements PyObjectBase {
  constructor(
    public type: PyType,
    readonly state: Blake2,
    readonly digestSize: number,
  ) {}
}

/** A C `int` parameter (Argument Clinic's `int` converter). */
function cInt(v: PyObject): number {
  const n = index(v);
  if (n < -0x80000000 || n > 0x7fffffff) throw overflowError("Python int too large to convert to C int");
  return Number(n);
}

/** A 64-bit `unsigned long` / `unsigned long long` parameter (CPython's unsigned
 * converters); `tooLarge` is the OverflowError of each. */
function cUnsigned(v: PyObject, tooLarge: string): bigint {
  if (!isInt(v)) throw typeError("an integer is required");
  const n = BigInt(v as number | bigint);
  if (n < 0n) throw valueError("value must be positive");
  if (n >= 1n << 64n) throw overflowError(tooLarge);
  return n;
}

/** A `Py_buffer` parameter: bytes-like, or CPython's TypeError. */
function bufferArg(v: PyObject | undefined): Uint8Array {
  if (v === undefined) return new Uint8Array(0);
  const b = simpleBufferOf(v);
  if (b === undefined) throw typeError(`a bytes-like object is required, not '${typeName(v)}'`);
  return b;
}

function makeType(variant: Variant): PyType {
  const t = moduleType("_blake2", variant.name, undefined, false);
  const sig = clinic(
    `${variant.name}(data=?, /, *, digest_size=?, key=?, salt=?, person=?, fanout=?, depth=?, leaf_size=?, ` +
      `node_offset=?, node_depth=?, inner_size=?, last_node=?, usedforsecurity=?)`,
  );
  defineNew(t, (cls, args, kwnames) => {
    const [
      data,
      digestSizeArg,
      keyArg,
      saltArg,
      personArg,
      fanoutArg,
      depthArg,
      leafArg,
      offsetArg,
      nodeDepthArg,
      innerArg,
      lastArg,
    ] = unpack(sig, args, kwnames);
    // Argument Clinic converts every argument before the body checks any range.
    const digestSize = digestSizeArg === undefined ? variant.maxDigest : cInt(digestSizeArg);
    const key = bufferArg(keyArg);
    const salt = bufferArg(saltArg);
    const person = bufferArg(personArg);
    const fanout = fanoutArg === undefined ? 1 : cInt(fanoutArg);
    const depth = depthArg === undefined ? 1 : cInt(depthArg);
    const leaf =
      leafArg === undefined ? 0n : cUnsigned(leafArg, "Python int too large to convert to C unsigned long");
    const nodeOffset = offsetArg === undefined ? 0n : cUnsigned(offsetArg, "int too big to convert");
    const nodeDepth = nodeDepthArg === undefined ? 0 : cInt(nodeDepthArg);
    const innerSize = innerArg === undefined ? 0 : cInt(innerArg);
    const lastNode = lastArg === undefined ? false : isTrue(lastArg);

    if (digestSize <= 0 || digestSize > variant.maxDigest)
      throw valueError(`digest_size must be between 1 and ${variant.maxDigest} bytes`);
    if (salt.length > variant.saltSize) throw valueError(`maximum salt length is ${variant.saltSize} bytes`);
    if (person.length > variant.personSize)
      throw valueError(`maximum person length is ${variant.personSize} bytes`);
    if (fanout < 0 || fanout > 255) throw valueError("fanout must be between 0 and 255");
    if (depth <= 0 || depth > 255) throw valueError("depth must be between 1 and 255");
    if (leaf > 0xffffffffn) throw overflowError("leaf_size is too large");
    if (!variant.big && nodeOffset > 0xffffffffffffn) throw overflowError("node_offset is too large");
    if (nodeDepth < 0 || nodeDepth > 255) throw valueError("node_depth must be between 0 and 255");
    // "and is" is CPython's wording.
    if (innerSize < 0 || innerSize > variant.maxDigest)
      throw valueError(`inner_size must be between 0 and is ${variant.maxDigest}`);
    if (key.length > variant.maxKey) throw valueError(`maximum key length is ${variant.maxKey} bytes`);

    const params: Blake2Params = {
      digestSize,
      key,
      salt,
      person,
      fanout,
      depth,
      leafSize: Number(leaf),
      nodeOffset,
      nodeDepth,
      innerSize,
      lastNode,
    };
    const h = new PyBlake2(cls, Blake2.create(variant.big, params), digestSize);
    if (data !== undefined) h.state.update(hashData(data));
    return h;
  });
  const self = (o: PyObject): PyBlake2 => {
    if (!(o instanceof PyBlake2))
      throw typeError(`descriptor requires a '${t.name}' object but received '${typeName(o)}'`);
    return o;
  };
  defineMethods(t, {
    update(o, args) {
      self(o).state.update(hashData(args[0]!));
      return None;
    },
    digest: (o) => newBytes(self(o).state.digest()),
    hexdigest(o) {
      let s = "";
      for (const b of self(o).state.digest()) s += b.toString(16).padStart(2, "0");
      return strFromJS(s);
    },
    copy(o) {
      const h = self(o);
      return new PyBlake2(typeOf(h), h.state.copy(), h.digestSize);
    },
    __repr__: (o) => strFromJS(`<${t.name} object at ${addressOf(o)}>`),
  });
  defineGetSets(t, {
    name: [() => strFromJS(variant.name)],
    digest_size: [(o) => self(o).digestSize],
    block_size: [() => variant.blockSize],
  });
  t.dict.set("SALT_SIZE", variant.saltSize);
  t.dict.set("PERSON_SIZE", variant.personSize);
  t.dict.set("MAX_KEY_SIZE", variant.maxKey);
  t.dict.set("MAX_DIGEST_SIZE", variant.maxDigest);
  return t;
}

registerNativeModule("_blake2", () => {
  const ns: Record<string, PyObject> = {};
  for (const v of VARIANTS) {
    ns[v.name] = makeType(v);
    const prefix = v.name.toUpperCase();
    ns[`${prefix}_SALT_SIZE`] = v.saltSize;
    ns[`${prefix}_PERSON_SIZE`] = v.personSize;
    ns[`${prefix}_MAX_KEY_SIZE`] = v.maxKey;
    ns[`${prefix}_MAX_DIGEST_SIZE`] = v.maxDigest;
  }
  return ns;
});
