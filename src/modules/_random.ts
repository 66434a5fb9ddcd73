// The `_random` module: `Random`, the Mersenne Twister (MT19937) that Lib/random.py
// subclasses. Seeding follows CPython exactly so that `random.seed(n)` reproduces its
// numbers: an int seed is split into 32-bit words (least significant first, abs value)
// and fed to init_by_array; None seeds from the host's randomness; any other object by
// its hash. `random()` builds a 53-bit float from two outputs (27 + 26 bits), and
// `getrandbits(k)` fills 32-bit words from the least significant end, the last word
// keeping its top bits.

import { None } from "../objects/bootstrap.js";
import { hash, index } from "../objects/abstract.js";
import { overflowError, typeError, valueError } from "../objects/exceptions.js";
import { defineMethods, type KwNames } from "../objects/function.js";
import { defineNew } from "../objects/iterators.js";
import { newFloat } from "../objects/float.js";
import { intValue } from "../objects/int.js";
import {
  normaliseInt,
  typeOf,
  type AttributeDict,
  type PyObject,
  type PyObjectBase,
} from "../objects/object.js";
import { PyTuple } from "../objects/tuple.js";
import type { PyType } from "../objects/type.js";
import { vm } from "../vm/state.js";
import { registerNativeModule } from "./registry.js";
import { adopt, moduleType, splitArgs } from "./itertools_helpers.js";

const N = 624;
const M = 397;

/** The generator's state: 624 words and the position of the next one. */
export class MersenneTwister {
  readonly mt = new Uint32Array(N);
  index = N + 1;

  initGenrand(s: number): void {
    const mt = this.mt;
    mt[0] = s >>> 0;
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1]! ^ (mt[i - 1]! >>> 30);
      mt[i] = (Math.imul(1812433253, prev) + i) >>> 0;
    }
    this.index = N;
  }

  initByArray(key: ArrayLike<number>): void {
    const mt = this.mt;
    this.initGenrand(19650218);
    let i = 1,
      j = 0;
    const len = key.length;
    for (let k = Math.max(N, len); k > 0; k--) {
      const prev = mt[i - 1]! ^ (mt[i - 1]! >>> 30);
      mt[i] = ((mt[i]! ^ Math.imul(prev, 1664525)) + key[j]! + j) >>> 0;
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1]!;
        i = 1;
      }
      if (j >= len) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      const prev = mt[i - 1]! ^ (mt[i - 1]! >>> 30);
      mt[i] = ((mt[i]! ^ Math.imul(prev, 1566083941)) - i) >>> 0;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1]!;
        i = 1;
      }
    }
    mt[0] = 0x80000000;
  }

  private twist(): void {
    const mt = this.mt;
    for (let kk = 0; kk < N; kk++) {
      const y = (mt[kk]! & 0x80000000) | (mt[(kk + 1) % N]! & 0x7fffffff);
      mt[kk] = mt[(kk + M) % N]! ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
    }
    this.index = 0;
  }

  genrandUint32(): number {
    if (this.index >= N) this.twist();
    let y = this.mt[this.index++]!;
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  random(): number {
    const a = this.genrandUint32() >>> 5,
      b = this.genrandUint32() >>> 6;
    return (a * 67108864 + b) / 9007199254740992;
  }

  getrandbits(k: number): number | bigint {
    if (k <= 32) return this.genrandUint32() >>> (32 - k);
    // Words least significant first, joined as hex text once: OR-ing each into a growing
    // BigInt was quadratic in k.
    const words: string[] = [];
    for (let left = k; left > 0; left -= 32) {
      let r = this.genrandUint32();
      if (left < 32) r >>>= 32 - left;
      words.push(r.toString(16).padStart(8, "0"));
    }
    return normaliseInt(BigInt("0x" + words.reverse().join("")));
  }

  /** Seeds from a non-negative integer, as init_by_array over its 32-bit words. */
  seedInt(n: bigint): void {
    const key: number[] = [];
    while (n > 0n) {
      key.push(Number(n & 0xffffffffn));
      n >>= 32n;
    }
    if (key.length === 0) key.push(0);
    this.initByArray(key);
  }
}

export const randomType = moduleType("_random", "Random");

class PyRandom implements PyObjectBase {
  dict: AttributeDict | null = null;
  readonly gen = new MersenneTwister();
  constructor(public type: PyType) {}
}

function asRandom(o: PyObject): PyRandom {
  if (!(o instanceof PyRandom)) throw typeError("descriptor requires a '_random.Random' object");
  return o;
}

function seed(r: PyRandom, arg: PyObject): void {
  if (arg === None) {
    const bytes = vm.host.randomBytes(N * 4);
    const key = new Uint32Array(N);
    for (let i = 0; i < N; i++)
      key[i] =
        (bytes[4 * i]! | (bytes[4 * i + 1]! << 8) | (bytes[4 * i + 2]! << 16) | (bytes[4 * i + 3]! << 24)) >>>
        0;
    r.gen.initByArray(key);
    return;
  }
  const v = intValue(arg);
  const n = v !== undefined ? v : hash(arg);
  const big = BigInt(n);
  r.gen.seedInt(big < 0n ? -big : big);
}

defineNew(randomType, (cls, args, kwnames: KwNames) => {
  const { pos } = splitArgs(args, kwnames);
  if (cls === randomType && kwnames && kwnames.length) throw typeError("Random() takes no keyword arguments");
  if (cls === randomType && pos.length > 1) throw typeError("Random() requires 0 or 1 argument");
  const r = adopt(new PyRandom(cls), cls);
  seed(r, pos.length > 0 ? pos[0]! : None);
  return r;
});

defineMethods(randomType, {
  seed(self, args, kwnames) {
    if (kwnames && kwnames.length) throw typeError("seed() takes no keyword arguments");
    if (args.length > 1) throw typeError(`seed expected at most 1 argument, got ${args.length}`);
    seed(asRandom(self), args.length > 0 ? args[0]! : None);
    return None;
  },
  random: (self) => newFloat(asRandom(self).gen.random()),
  getrandbits(self, args) {
    if (args.length !== 1) throw typeError(`getrandbits() takes exactly one argument (${args.length} given)`);
    const k = index(args[0]!);
    if (k < 0) throw valueError("number of bits must be non-negative");
    if (typeof k === "bigint") throw overflowError("Python int too large to convert to C int");
    if (k === 0) return 0;
    return asRandom(self).gen.getrandbits(k);
  },
  getstate(self) {
    const g = asRandom(self).gen;
    const items: PyObject[] = Array.from(g.mt);
    items.push(g.index);
    return new PyTuple(items);
  },
  setstate(self, args) {
    const st = args[0]!;
    if (!(st instanceof PyTuple)) throw typeError("state vector must be a tuple");
    if (st.items.length !== N + 1) throw valueError("state vector is the wrong size");
    const words = new Uint32Array(N);
    for (let i = 0; i < N; i++) {
      const v = st.items[i]!;
      const n = intValue(v);
      if (n === undefined) throw typeError("an integer is required");
      if (n < 0) throw overflowError("can't convert negative value to unsigned int");
      if (BigInt(n) > 0xffffffffn) throw overflowError("Python int too large to convert to C unsigned long");
      words[i] = Number(n);
    }
    const idx = intValue(st.items[N]!);
    if (idx === undefined)
      throw typeError(`'${typeOf(st.items[N]!).name}' object cannot be interpreted as an integer`);
    if (idx < 0 || idx > N) throw valueError("invalid state");
    const g = asRandom(self).gen;
    g.mt.set(words);
    g.index = Number(idx);
    return None;
  },
});

registerNativeModule("_random", () => ({ Random: randomType }));
