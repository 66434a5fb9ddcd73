// Differential tests of str/bytes methods, % formatting, str.format and the codecs,
// called directly on the object layer (no interpreter): python3 evaluates each case and
// reports the repr of the result or the exception's type and message; the same call is
// made here through the type's method table.

import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import "../../src/objects/typeobject.js";
import "../../src/objects/exception_methods.js";
import "../../src/objects/str_methods.js";
import "../../src/objects/str_format.js";
import "../../src/objects/percent_format.js";
import "../../src/objects/bytearray.js";
import "../../src/objects/codecs.js";
import "../../src/objects/memoryview.js";
import { None } from "../../src/objects/bootstrap.js";
import { callWithSelf } from "../../src/objects/call.js";
import { isException } from "../../src/objects/exceptions.js";
import { typeOf, type PyObject } from "../../src/objects/object.js";
import { reprJS, strJS } from "../../src/objects/abstract.js";
import { PyTuple } from "../../src/objects/tuple.js";
import { strFromCodePoints } from "../../src/objects/str.js";
import { PyBytes } from "../../src/objects/bytes.js";

const CASES = String.raw`
S = 'héllo Wörld 😀 ΣΑΣ'
cases = [
 ('abc', 'find', ['c', -1]), ('a😀b😀', 'rfind', ['😀']), ('a😀b😀', 'index', ['😀', 2]), ('abc', 'index', ['z']),
 ('a,b,,c', 'split', [',']), ('  a  b  ', 'split', []), ('a😀b😀c', 'split', ['😀', 1]), ('a b c', 'rsplit', [None, 1]),
 ('abc', 'split', ['']), ('abc', 'split', [1]), ('x\r\ny\nz', 'splitlines', [True]), ('a-b-c', 'partition', ['-']),
 ('a-b-c', 'rpartition', ['-']), ('a-b', 'partition', ['😀']), (',', 'join', [['a', '😀', 'b']]), (',', 'join', [['a', 1]]),
 ('aaa', 'replace', ['a', 'b', 2]), ('abc', 'replace', ['', '-']), ('a😀a', 'replace', ['a', '']), ('abc', 'count', ['']),
 ('abc', 'startswith', [('x', 'a')]), ('abc', 'endswith', ['bc', 0, 2]), ('abc', 'startswith', [1]), ('abc', 'endswith', [(1,)]),
 ('ab', 'center', [7, '😀']), ('ab', 'center', [6]), ('ab', 'ljust', [5, 'ab']), ('ab', 'rjust', [5, '-']), ('-42', 'zfill', [6]),
 ('a\tbc\td', 'expandtabs', [4]), ('  xx  ', 'strip', []), ('xxhixx', 'strip', ['x']), ('abc', 'strip', [1]),
 (S, 'upper', []), (S, 'lower', []), (S, 'title', []), (S, 'swapcase', []), (S, 'casefold', []), (S, 'capitalize', []),
 ('ß', 'upper', []), ('ﬁ', 'title', []), ('İ', 'lower', []), ('abc', 'isalpha', []), ('a1', 'isalnum', []), ('١٢', 'isdecimal', []),
 ('²', 'isdigit', []), ('½', 'isnumeric', []), (' \x85', 'isspace', []), ('a\x7f', 'isprintable', []), ('é', 'isascii', []),
 ('_a1', 'isidentifier', []), ('Ab Cd', 'istitle', []), ('abc', 'upper', [1]), ('a😀b', '__getitem__', [slice(None, None, -1)]),
 ('abcdef', '__getitem__', [slice(1, None, 2)]), ('abc', '__getitem__', [5]), ('abc', '__getitem__', ['x']),
 ('abc', '__contains__', ['bc']), ('abc', '__contains__', [1]), ('ab', '__mul__', [3]), ('ab', '__add__', [1]),
 ('abc', '__lt__', ['abd']), ('😀', '__gt__', ['\uffff']), ('abc', 'removeprefix', ['ab']), ('abc', 'removesuffix', ['bc']),
 ('abc', 'translate', [{97: 'X', 98: None, 99: 0x1f600}]), ('abc', 'translate', [{97: 1.5}]),
 ('a\'b"c\n\x00é\u200b😀\ud800', '__repr__', []), ("it's", '__repr__', []),
 ('%s|%5d|%-5x|%05.1f|%r|%a|%c|%c', '__mod__', [('é', 42, 255, 3.14159, 'é', 'é', 65, '😀')]),
 ('%(a)s-%(b)d', '__mod__', [{'a': 'x', 'b': 2}]), ('%d', '__mod__', ['x']), ('%s %s', '__mod__', [(1,)]),
 ('%s', '__mod__', [(1, 2)]), ('%y', '__mod__', [1]), ('%', '__mod__', [1]), ('%*.*f', '__mod__', [(8, 2, 2.5)]),
 ('%#o %#X %+d % d %e %g %G', '__mod__', [(8, 255, 5, 5, 12345.678, 0.00001234, 1e100)]), ('%c', '__mod__', [0x110000]),
 ('{0}{1}{0}', 'format', ['a', 'b']), ('{}-{}', 'format', [1, 2]), ('{0!r:^9}', 'format', ['é']), ('{:{}}', 'format', ['x', 5]),
 ('{0[1]}', 'format', [('a', 'b')]), ('{0[x]}', 'format', [{'x': 3}]), ('{', 'format', []), ('}', 'format', []),
 ('{}{0}', 'format', [1, 2]), ('{0}{}', 'format', [1, 2]), ('{2}', 'format', [1]), ('{0!z}', 'format', [1]),
 ('{:>8.3}', 'format', ['abcdef']), ('{0:d}', 'format', ['a']), ('{{}}{0}', 'format', [7]),
 ('héllo😀', 'encode', ['utf-8']), ('héllo', 'encode', ['ascii']), ('héllo€😀', 'encode', ['latin-1', 'backslashreplace']),
 ('é€😀', 'encode', ['ascii', 'xmlcharrefreplace']), ('é€', 'encode', ['ascii', 'namereplace']), ('a😀', 'encode', ['utf-16']),
 ('a😀', 'encode', ['utf-16-be']), ('a😀', 'encode', ['utf-32-le']), ('€', 'encode', ['cp1252']), ('\ud800', 'encode', ['utf-8']),
 ('\ud800', 'encode', ['utf-8', 'surrogatepass']), ('\udcff', 'encode', ['utf-8', 'surrogateescape']), ('é\n', 'encode', ['unicode_escape']),
 ('é😀', 'encode', ['raw_unicode_escape']), ('x', 'encode', ['nope']), ('éé', 'encode', ['ascii']),
 (b'\xff', 'decode', ['utf-8']), (b'a\xc3', 'decode', ['utf-8']), (b'\xe2\x28\xa1', 'decode', ['utf-8']), (b'\xed\xa0\x80', 'decode', ['utf-8']),
 (b'\xed\xa0\x80', 'decode', ['utf-8', 'surrogatepass']), (b'a\xffb', 'decode', ['utf-8', 'replace']), (b'a\xffb', 'decode', ['utf-8', 'surrogateescape']),
 (b'a\xffb', 'decode', ['utf-8', 'backslashreplace']), (b'a\xffb', 'decode', ['ascii', 'ignore']), (b'\xff\xfea\x00', 'decode', ['utf-16']),
 (b'\x00a\xd8\x3d\xde\x00', 'decode', ['utf-16-be']), (b'a\x00\x00', 'decode', ['utf-16-le']), (b'\x00\x00\x11\x00', 'decode', ['utf-32-le']),
 (b'\x81', 'decode', ['cp1252']), (b'\\x41\\u00e9\\n\\N{BULLET}', 'decode', ['unicode_escape']), (b'\\x4', 'decode', ['unicode_escape']),
 (b'\\u00e9\\x41', 'decode', ['raw_unicode_escape']),
 (b'abc', 'hex', [':', 2]), (b'a,b', 'split', [b',']), (b'  a b ', 'split', []), (b'abc', 'upper', []), (b'Ab', 'swapcase', []),
 (b'abc', 'find', [98]), (b'abc', '__getitem__', [1]), (b'abc', '__getitem__', [slice(None, None, -1)]), (b'ab', 'center', [6, b'*']),
 (b'%s %d %x %c %r', '__mod__', [(b'x', 5, 255, 65, 'é')]), (b'%s', '__mod__', ['x']), (b'a\x00\'"', '__repr__', []),
 (b'x', 'join', [[b'a', bytearray(b'b')]]), (b'abc', 'translate', [None, b'b']), (b'abc', 'count', [b'']), (b'a\tb', 'expandtabs', [4]),
 (b'hello world', 'title', []), (b'abc', 'startswith', [(b'x', b'ab')]), (b'x', '__add__', ['y']),
]
import json
def enc(v):
    if v is None: return {'n': 0}
    if isinstance(v, bool): return {'bool': v}
    if isinstance(v, int): return {'i': str(v)}
    if isinstance(v, float): return {'f': v}
    if isinstance(v, str): return {'s': [ord(c) for c in v]}
    if isinstance(v, bytearray): return {'ba': list(v)}
    if isinstance(v, bytes): return {'b': list(v)}
    if isinstance(v, tuple): return {'t': [enc(x) for x in v]}
    if isinstance(v, list): return {'l': [enc(x) for x in v]}
    if isinstance(v, dict): return {'d': [[enc(k), enc(x)] for k, x in v.items()]}
    if isinstance(v, slice): return {'sl': [enc(v.start), enc(v.stop), enc(v.step)]}
    raise TypeError(v)
out = []
for recv, name, args in cases:
    try:
        r = getattr(recv, name)(*args)
        exp = 'ok ' + repr(r)
    except Exception as e:
        exp = type(e).__name__ + ': ' + str(e)
    out.append({'recv': enc(recv), 'name': name, 'args': [enc(a) for a in args], 'expected': [ord(c) for c in exp]})
print(json.dumps(out))
`;

type Enc = Record<string, unknown>;

let make: {
  float: (x: number) => PyObject;
  list: (items: PyObject[]) => PyObject;
  dict: (pairs: [PyObject, PyObject][]) => PyObject;
  slice: (a: PyObject, b: PyObject, c: PyObject) => PyObject;
  bytearray: (b: number[]) => PyObject;
};

async function loadMakers(): Promise<void> {
  const { PyList } = await import("../../src/objects/list.js");
  const { PyDict } = await import("../../src/objects/dict.js");
  const { PySlice } = await import("../../src/objects/slice.js");
  const { PyByteArray } = await import("../../src/objects/bytes.js");
  const floatMod = (await import("../../src/objects/float.js" as string)) as {
    newFloat?: (x: number) => PyObject;
  };
  make = {
    float: (x) => (floatMod.newFloat ? floatMod.newFloat(x) : (x as unknown as PyObject)),
    list: (items) => new PyList(items),
    dict: (pairs) => {
      const d = new PyDict();
      for (const [k, v] of pairs) d.set(k, v);
      return d;
    },
    slice: (a, b, c) => new PySlice(a, b, c),
    bytearray: (b) => new PyByteArray(Uint8Array.from(b)),
  };
}

function decode(v: Enc): PyObject {
  if ("n" in v) return None;
  if ("bool" in v) return v.bool as boolean;
  if ("i" in v) {
    const b = BigInt(v.i as string);
    return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
  }
  if ("f" in v) return make.float(v.f as number);
  if ("s" in v) return strFromCodePoints(v.s as number[]);
  if ("b" in v) return new PyBytes(Uint8Array.from(v.b as number[]));
  if ("ba" in v) return make.bytearray(v.ba as number[]);
  if ("t" in v) return new PyTuple((v.t as Enc[]).map(decode));
  if ("l" in v) return make.list((v.l as Enc[]).map(decode));
  if ("d" in v) return make.dict((v.d as [Enc, Enc][]).map(([k, x]) => [decode(k), decode(x)]));
  if ("sl" in v) {
    const [a, b, c] = (v.sl as Enc[]).map(decode);
    return make.slice(a!, b!, c!);
  }
  throw new Error("bad encoding");
}

function describe(e: unknown): string {
  if (!isException(e)) throw e;
  return `${e.type.name}: ${strJS(e)}`;
}

test("str and bytes methods agree with python3", async () => {
  await loadMakers();
  const r = spawnSync("python3", ["-c", CASES], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(r.stderr);
  const cases = JSON.parse(r.stdout) as { recv: Enc; name: string; args: Enc[]; expected: number[] }[];
  const failures: string[] = [];
  for (const c of cases) {
    const recv = decode(c.recv);
    const args = c.args.map(decode);
    let got: string;
    try {
      const f = typeOf(recv).lookup(c.name)!;
      got = "ok " + reprJS(callWithSelf(f, recv, args, null));
    } catch (e) {
      got = describe(e);
    }
    const expected = String.fromCodePoint(...c.expected);
    if (got !== expected) failures.push(`${reprJS(recv)}.${c.name}: got ${got}\n   expected ${expected}`);
  }
  assert.ok(cases.length > 140, `only ${cases.length} cases`);
  assert.deepEqual(failures, []);
});
