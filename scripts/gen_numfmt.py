#!/usr/bin/env python3
"""Generate differential test data for src/support/numfmt from this machine's CPython 3.11.

Writes tests/unit/data/numfmt/*.jsonl, one case a line. Each case is a list [inputs..., expected]; expected is
the result string, or [exception type name, message] when CPython raises. Floats are given
as repr() (JS parses repr exactly), except for repr's own tests, which use the IEEE bits.
Run: python3 scripts/gen_numfmt.py
"""
import json
import math
import os
import random
import struct
import sys

assert sys.version_info[:2] == (3, 11), "the oracle is CPython 3.11"
OUT = os.path.join(os.path.dirname(__file__), "..", "tests", "unit", "data", "numfmt")
rng = random.Random(20240611)


def bits(x):
    return struct.pack(">d", x).hex()


def from_bits(h):
    return struct.unpack(">d", bytes.fromhex(h))[0]


def frepr(x):
    return repr(x)


def run(f, *a):
    try:
        r = f(*a)
    except Exception as e:  # noqa: BLE001 - every Python exception is data here
        return [type(e).__name__, str(e)]
    return r


def rand_double():
    k = rng.random()
    if k < 0.35:
        # any bit pattern: every exponent, subnormals, inf, nan
        return from_bits("%016x" % rng.getrandbits(64))
    if k < 0.55:
        # short decimals
        d = rng.randint(0, 10**rng.randint(1, 8))
        return d / 10**rng.randint(0, 10) * rng.choice([1, -1])
    if k < 0.65:
        # halfway-looking values: n.5 * 10**-k
        return (rng.randint(0, 10**rng.randint(1, 6)) + 0.5) / 10**rng.randint(0, 6) * rng.choice([1, -1])
    if k < 0.75:
        return float(rng.choice([1, -1]) * rng.randint(0, 2**rng.randint(1, 70)))
    if k < 0.85:
        return rng.choice([1, -1]) * 2.0 ** rng.randint(-1074, 1023)
    if k < 0.92:
        return rng.choice([1, -1]) * rng.random() * 10.0 ** rng.randint(-30, 30)
    return rng.choice(SPECIAL_FLOATS)


SPECIAL_FLOATS = [0.0, -0.0, math.inf, -math.inf, math.nan, 5e-324, -5e-324, 2.2250738585072014e-308,
                  2.225073858507201e-308, 1.7976931348623157e308, -1.7976931348623157e308, 0.5, 1.5, 2.5,
                  -2.5, 0.125, 0.375, 1e16, 1e15, 9999999999999998.0, 1e-4, 1e-5, 0.0001, 123456789.0,
                  1e22, 1e21, 1e23, 0.1, 0.2, 0.3, 2.675, 1.005, 9.995, 99.5, 999.5, 0.05, 0.95, 1e100, 1e-100]


def rand_int():
    k = rng.random()
    if k < 0.4:
        v = rng.randint(0, 2000)
    elif k < 0.7:
        v = rng.randint(0, 2**53)
    elif k < 0.9:
        v = rng.getrandbits(rng.randint(54, 400))
    else:
        v = rng.choice([0, 1, 9, 10, 99, 100, 999, 1000, 9999, 65, 0x10FFFF, 0x110000, 2**53, 2**63, 2**64, 10**20])
    return -v if rng.random() < 0.4 else v


def enc_int(v):
    return str(v)


def write(name, cases):
    # one JSON array per line; the .jsonl extension keeps prettier away from the data
    path = os.path.join(OUT, name + ".jsonl")
    with open(path, "w") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False, separators=(",", ":")) + "\n")
    print(name, len(cases))


# ---------------------------------------------------------------- repr
def gen_repr():
    cases = []
    for _ in range(6000):
        x = rand_double()
        cases.append([bits(x), repr(x)])
    for x in SPECIAL_FLOATS:
        cases.append([bits(x), repr(x)])
    for e in range(-25, 25):
        for m in (1.0, 9.999999999999998, 1.2345, 5.0):
            x = m * 10.0**e
            cases.append([bits(x), repr(x)])
    write("repr", cases)
    cc = []
    for _ in range(1500):
        re_, im = rand_double(), rand_double()
        if rng.random() < 0.2:
            re_ = rng.choice([0.0, -0.0])
        cc.append([frepr(re_), frepr(im), repr(complex(re_, im))])
    write("complex_repr", cc)


# ---------------------------------------------------------------- format specs
FILL_ALIGN = ["", "", "", "<", ">", "^", "=", "*<", "*>", "*^", "*=", "0<", "0=", "x^", "\U0001F600>", " ="]
SIGNS = ["", "", "+", "-", " "]
WIDTHS = ["", "", "", "1", "5", "10", "13", "20", "31"]
GROUPS = ["", "", "", ",", "_"]
PRECS = ["", "", ".0", ".1", ".2", ".3", ".6", ".10", ".16", ".17", ".25", ".60"]


def rand_spec(types, z=True):
    return (rng.choice(FILL_ALIGN) + rng.choice(SIGNS) + (rng.choice(["", "", "", "z"]) if z else "")
            + rng.choice(["", "", "#"]) + rng.choice(["", "", "0"]) + rng.choice(WIDTHS) + rng.choice(GROUPS)
            + rng.choice(PRECS) + rng.choice(types))


FLOAT_TYPES = ["", "", "e", "E", "f", "F", "g", "G", "n", "%"]


def gen_format_float():
    cases = []
    for _ in range(9000):
        x = rand_double()
        spec = rand_spec(FLOAT_TYPES)
        cases.append([frepr(x), spec, run(format, x, spec)])
    # systematic: every type with every small precision, alt, on a fixed value pool
    pool = [0.0, -0.0, 1.0, -1.5, 0.5, 2.5, 1234.5678, 1e16, 1e-5, 123456789012345678.0, 9.9999, 0.00001234,
            math.inf, -math.inf, math.nan, 5e-324, 1.7976931348623157e308, 100.0, 0.1]
    for t in FLOAT_TYPES[1:]:
        for p in ["", ".0", ".1", ".2", ".5", ".17"]:
            for alt in ["", "#"]:
                for x in pool:
                    spec = alt + p + t
                    cases.append([frepr(x), spec, run(format, x, spec)])
    # exact conversion far beyond 17 digits
    for _ in range(150):
        x = rand_double()
        spec = rng.choice(["." + str(rng.randint(18, 1100)) + rng.choice("efgEFG%")])
        cases.append([frepr(x), spec, run(format, x, spec)])
    for x, spec in [(2.0**-1074, ".1100e"), (1e-300, ".330f"), (2.0**-1074, ".1080f"), (1.7976931348623157e308, ".2f"),
                    (0.5, ".0f"), (1.5, ".0f"), (2.5, ".0f"), (0.125, ".2f"), (0.375, ".2f"), (5e-324, ".760g"),
                    (1.0, ".3000000000"), (1.0, "99999999999999999999"), (1.0, ".99999999999999999999")]:
        cases.append([frepr(x), spec, run(format, x, spec)])
    # halfway ties in every mode
    for _ in range(1500):
        k = rng.randint(1, 12)
        n = rng.randint(1, 10**k)
        x = (2 * n + 1) / 2.0**rng.randint(1, 12)
        prec = rng.randint(0, 14)
        t = rng.choice("efg")
        spec = ".%d%s" % (prec, t)
        cases.append([frepr(x), spec, run(format, x, spec)])
    write("format_float", cases)


INT_TYPES = ["", "", "b", "c", "d", "o", "x", "X", "n", "e", "f", "g", "%", "E", "G", "F", "s", "r"]


def gen_format_int():
    cases = []
    for _ in range(6000):
        v = rand_int()
        spec = rand_spec(INT_TYPES)
        if rng.random() < 0.6:
            spec = spec.replace("z", "")
            spec = "".join(p for p in spec.split(".") if True) if False else spec
            if "." in spec and rng.random() < 0.8:
                spec = spec.split(".")[0] + rng.choice(INT_TYPES)
        cases.append([enc_int(v), spec, run(format, v, spec)])
    for v in [0, 1, -1, 1234567, -1234567, 2**64, 65, 0x10FFFF, 0x110000, -1, 2**70, 10**400]:
        for spec in ["", "c", "+c", "#c", "_c", "05c", "=5c", ",", "_", "_b", "_o", "_x", "_X", ",x", "#_x", "#011_x",
                     "08,", "07,", "06,", "09_", "020,", "=20,", "0=20,", "#020_b", "n", "010n", "+", " ", "z", ".2",
                     "e", ".3e", "%", "x\x01", "\x01", "\u1234", "5ss", ",_", "_,", ".", "<05", "^05", "#X", "#o"]:
            cases.append([enc_int(v), spec, run(format, v, spec)])
    big = 10**5000
    for spec in ["", "d", "n", "x", "b", ",", "_"]:
        r = run(format, big, spec)
        if isinstance(r, str):
            r = "len:%d:%s" % (len(r), r[:40])
        cases.append(["10**5000", spec, r])
    write("format_int", cases)


STR_POOL = ["", "a", "ab", "hello", "héllo wörld", "\U0001F600x\U0001F600", "日本語テキスト", "tab\there", "x" * 40]
STR_TYPES = ["", "", "", "s", "s", "d", "r", "x"]


def gen_format_str():
    cases = []
    for _ in range(2500):
        s = rng.choice(STR_POOL)
        spec = rand_spec(STR_TYPES)
        if rng.random() < 0.7:
            for ch in "+- z#=":
                if rng.random() < 0.8:
                    spec = spec.replace(ch, "") if ch != "=" else spec.replace("=", "<")
        cases.append([s, spec, run(format, s, spec)])
    for spec in ["+", "-", " ", "z", "#", "=5", "05", "<05", ",", "_", ",s", ".", ".0", ".2", "5.1", "^9.3", "z#+=",
                 "\U0001F600^7", "d", "\x01", "x<10", "\u0661\u0660", ".\u0661", "\U0001D7D7.\U0001D7CF"]:
        cases.append(["ab", spec, run(format, "ab", spec)])
    write("format_str", cases)


COMPLEX_TYPES = ["", "", "e", "E", "f", "F", "g", "G", "n", "%", "d"]


def gen_format_complex():
    cases = []
    for _ in range(2500):
        re_, im = rand_double(), rand_double()
        if rng.random() < 0.2:
            re_ = rng.choice([0.0, -0.0])
        spec = rand_spec(COMPLEX_TYPES)
        if rng.random() < 0.7:
            spec = spec.replace("0", "").replace("=", ">")
        cases.append([frepr(re_), frepr(im), spec, run(format, complex(re_, im), spec)])
    write("format_complex", cases)


# ---------------------------------------------------------------- printf
FLAG_CHARS = "-+ #0"


def gen_printf():
    cases = []
    for _ in range(4000):
        flags = "".join(c for c in FLAG_CHARS if rng.random() < 0.25)
        width = rng.choice([-1, -1, 0, 1, 5, 12, 30])
        prec = rng.choice([-1, -1, 0, 1, 3, 6, 12, 20, 50])
        if rng.random() < 0.5:
            conv = rng.choice("eEfFgG")
            v = rand_double()
            arg = frepr(v)
        else:
            conv = rng.choice("diuoxX")
            v = rand_int()
            arg = enc_int(v)
        fmt = "%" + flags + (str(width) if width >= 0 else "") + ("." + str(prec) if prec >= 0 else "") + conv
        cases.append([arg, flags, width, prec, conv, run(lambda: fmt % v)])
    for x, spec, conv in [(1e-300, 300, "f"), (2.0**-1074, 1100, "e"), (1.5, 0, "f"), (2.5, 0, "e")]:
        cases.append([frepr(x), "", -1, spec, conv, ("%." + str(spec) + conv) % x])
    write("printf", cases)


# ---------------------------------------------------------------- round
def gen_round():
    cases = []
    for _ in range(6000):
        x = rand_double()
        nd = rng.choice([0, 1, 2, 3, rng.randint(-20, 20), rng.randint(-330, 330)])
        cases.append([frepr(x), nd, run(lambda: repr(round(x, nd)))])
    for _ in range(1500):
        # decimal ties like 2.675 and 0.125
        k = rng.randint(1, 8)
        x = (rng.randint(0, 10**k) * 10 + 5) / 10**(k + 1) * rng.choice([1, -1, 1000, 1e-3])
        nd = rng.randint(-3, k + 4)
        cases.append([frepr(x), nd, run(lambda: repr(round(x, nd)))])
    for x, nd in [(1.7976931348623157e308, -308), (1.7976931348623157e308, -307), (5e-324, 323), (5e-324, 324),
                  (1e300, -309), (-1e300, -400), (123.456, 10**30), (123.456, -10**30), (0.5, 0), (-0.5, 0), (1.5, 0)]:
        cases.append([frepr(x), str(nd), run(lambda: repr(round(x, nd)))])
    write("round_float", cases)
    ci = []
    for _ in range(3000):
        v = rand_int()
        nd = rng.choice([0, 1, -1, -2, -3, rng.randint(-25, 0), rng.randint(-130, 0)])
        ci.append([enc_int(v), nd, str(round(v, nd))])
    for v in [5, 15, 25, -5, -15, -25, 150, 250, 350, -250, 10**20 + 5 * 10**19, 10**20 + 15 * 10**18]:
        for nd in [-1, -2, -3, -19, -20, -21, -22]:
            ci.append([enc_int(v), nd, str(round(v, nd))])
    ci.append(["12345", -100000, str(round(12345, -100000))])
    write("round_int", ci)
    ct = []
    for _ in range(2000):
        x = rand_double()
        if rng.random() < 0.5:
            x = rng.randint(-10**6, 10**6) / 2 if rng.random() < 0.5 else x
        ct.append([frepr(x), run(lambda: str(round(x)))])
    write("round_to_int", ct)


# ---------------------------------------------------------------- parsing
def mutate_float_text(s):
    r = rng.random()
    if r < 0.15:
        s = rng.choice([" ", "\t", "\n ", "\x0b", "\x0c", "\r", "\u3000", "\xa0", "\x1c", "\u2003"]) + s
    if rng.random() < 0.15:
        s = s + rng.choice([" ", "\t\n", "\xa0", "  "])
    if rng.random() < 0.2:
        i = rng.randint(0, len(s))
        s = s[:i] + "_" + s[i:]
    if rng.random() < 0.05:
        i = rng.randint(0, len(s))
        s = s[:i] + rng.choice(["__", "x", ".", "e", "+", " ", "\x00", "j", "٣"]) + s[i:]
    if rng.random() < 0.1:
        s = s.upper()
    return s


def gen_parse_float():
    cases = []
    for _ in range(4500):
        x = rand_double()
        k = rng.random()
        if k < 0.3:
            s = repr(x)
        elif k < 0.5:
            s = "%.*e" % (rng.randint(0, 25), x)
        elif k < 0.6:
            s = "%.*f" % (rng.randint(0, 30), x) if abs(x) < 1e30 else repr(x)
        elif k < 0.75:
            # long digit strings near halfway points between adjacent doubles
            if math.isfinite(x) and x != 0:
                y = math.nextafter(x, math.inf)
                from decimal import Decimal, getcontext
                getcontext().prec = 1200
                mid = (Decimal(x) + Decimal(y)) / 2
                s = format(mid, "f") if abs(x) < 1e20 and abs(x) > 1e-20 else format(mid, "e")
                if rng.random() < 0.5:
                    s = s + rng.choice(["1", "0000001", "0"])
            else:
                s = repr(x)
        else:
            digits = "".join(rng.choice("0123456789") for _ in range(rng.randint(1, 30)))
            i = rng.randint(0, len(digits))
            s = digits[:i] + rng.choice([".", ""]) + digits[i:] + rng.choice(["", "e" + str(rng.randint(-400, 400)),
                                                                              "E+" + str(rng.randint(0, 30))])
            s = rng.choice(["", "-", "+"]) + s
        s = mutate_float_text(s)
        cases.append([s, run(lambda: repr(float(s)))])
    for s in ["", " ", "inf", "-inf", "+inf", "infinity", "-Infinity", "iNfInItY", "nan", "-nan", "+NaN", "nan1", "in",
              "infinit", "1_0", "_10", "10_", "1__0", "1_.0", "1._0", "1e_5", "1e5_0", "1_e5", ".5", "5.", ".", "e5",
              "1e", "1e+", "0x1p3", "1.5j", "١٢", "12\x00", "--1", "+-1", "1e400", "-1e400", "1e-400", "-0",
              "0" * 500 + "1", "1" + "0" * 400, "1e0000000000000000000000000001", "\u3000 1.5 \u3000", "1 2",
              "0.000000000000000000000000000000000000000000000000000000001e57", "x" * 300, "'\"", "1'"]:
        cases.append([s, run(lambda: repr(float(s)))])
    write("parse_float", cases)


DIGITS36 = "0123456789abcdefghijklmnopqrstuvwxyz"


def gen_parse_int():
    cases = []
    for _ in range(4500):
        base = rng.choice([0, 0, 10, 10, 2, 8, 16, 36, rng.randint(2, 36)])
        b = base or rng.choice([2, 8, 10, 16])
        v = rand_int()
        digs = []
        a = abs(v)
        while True:
            digs.append(DIGITS36[a % b])
            a //= b
            if a == 0:
                break
        s = "".join(reversed(digs))
        if rng.random() < 0.3:
            s = s.upper()
        if base == 0 or (rng.random() < 0.3 and b in (2, 8, 16)):
            pre = {2: "0b", 8: "0o", 16: "0x", 10: ""}[b]
            if rng.random() < 0.3:
                pre = pre.upper()
            if pre and rng.random() < 0.2:
                pre += "_"
            s = pre + s
        if rng.random() < 0.2 and len(s) > 1:
            i = rng.randint(1, len(s) - 1)
            s = s[:i] + "_" + s[i:]
        s = (("-" if v < 0 else rng.choice(["", "+"])) if rng.random() < 0.95 else "+-") + s
        if rng.random() < 0.1:
            s = rng.choice([" ", "\t", "\u3000", "\n"]) + s + rng.choice(["", " ", "\n"])
        if rng.random() < 0.05:
            i = rng.randint(0, len(s))
            s = s[:i] + rng.choice(["__", "_", "g", "z", ".", " ", "٣", "\x00", "0"]) + s[i:]
        cases.append([s, base, run(lambda: str(int(s, base)))])
    for s, base in [("0x", 0), ("08", 0), ("0_8", 0), ("00", 0), ("0_0", 0), ("000", 0), ("0b_1", 2), ("0b_1", 0),
                    ("0b__1", 0), ("_1", 10), ("1_", 10), ("1__0", 10), ("", 10), ("-", 10), ("+", 10), (" ", 10),
                    ("12", 1), ("12", 37), ("12", -1), ("z", 36), ("Z", 36), ("0x_ff", 16), ("0xff", 10),
                    ("١٢", 10), ("x" * 300, 10), ("'", 10), ("0o17", 8), ("0O17", 0), ("1" * 4300, 10), ("1" * 4301, 10),
                    ("1" * 5000 + "x", 10), ("1" * 5000 + "__1", 10), ("1" * 5000 + "_", 10), ("1" * 5000, 16),
                    ("1" * 5000, 7), ("1" * 5000, 32), ("0" * 5000, 0), ("1_" * 4400 + "1", 10), ("-0", 10),
                    ("   -  1", 10), ("- 1", 10), ("1 ", 10), ("9" * 200, 36)]:
        r = run(lambda: int(s, base))
        if isinstance(r, int):
            # summarised in hex: str() of a huge result would hit the limit itself
            h = hex(r)
            r = "hexlen:%d:%s" % (len(h), h[:40]) if len(h) > 60 else str(r)
        cases.append([s, base, r])
    write("parse_int", cases)


def gen_int_str():
    cases = []
    # the value is int(pattern * repeat, 16) with a sign, to keep the file small
    for _ in range(1500):
        pat = "%x" % rng.getrandbits(rng.randint(1, 64))
        rep = rng.choice([1, 1, 2, 5, 20, 50, rng.randint(1, 260)])
        sign = rng.choice([1, -1])
        v = sign * int(pat * rep, 16)
        r = run(str, v)
        if isinstance(r, str):
            r = "len:%d:%s:%s" % (len(r), r[:30], r[-30:])
        cases.append([("-" if sign < 0 else "") + pat, rep, r])
    for v in [10**4299, 10**4300 - 1, 10**4300, -(10**4300 - 1), -(10**4300)]:
        r = run(str, v)
        if isinstance(r, str):
            r = "len:%d:%s:%s" % (len(r), r[:30], r[-30:])
        cases.append([hex(v), 1, r])
    write("int_str", cases)


def gen_hex():
    cases = []
    for _ in range(2500):
        x = rand_double()
        cases.append([bits(x), x.hex(), run(lambda: [str(n) for n in x.as_integer_ratio()])])
    write("float_hex", cases)
    fh = []
    for _ in range(3000):
        x = rand_double()
        k = rng.random()
        if k < 0.4:
            s = x.hex()
        elif k < 0.8:
            mant = "".join(rng.choice("0123456789abcdefABCDEF") for _ in range(rng.randint(1, 20)))
            i = rng.randint(0, len(mant))
            s = rng.choice(["", "-", "+"]) + rng.choice(["0x", "0X", ""]) + mant[:i] + rng.choice([".", ""]) + mant[i:]
            s += rng.choice(["", "p" + str(rng.randint(-1200, 1100)), "P+" + str(rng.randint(0, 50))])
        else:
            m = rng.getrandbits(rng.randint(50, 60))
            s = "0x%xp%d" % (m, rng.randint(-1140, 980))
        if rng.random() < 0.1:
            s = " " + s + " "
        if rng.random() < 0.03:
            i = rng.randint(0, len(s))
            s = s[:i] + rng.choice(["g", "_", " ", ".", "p"]) + s[i:]
        fh.append([s, run(lambda: repr(float.fromhex(s)))])
    for s in ["inf", "-Infinity", "nan", " -nan ", "0x", "0x.", "x", "", ".8", "8.", "0x1p", "0x1p+", "1p1024",
              "0x1.fffffffffffff8p1023", "0x1.fffffffffffff7p1023", "0x1p-1075", "0x1.0000000000001p-1075", "0x3p-1076",
              "0x1p-1074", "-0x0p0", "0x0p99999999999999999999", "0x1p-99999999999999999999", "0x1p99999999999999999999",
              "0x1.8p1", "0X1P1", "1.", "0x1.p1", "infx", "in"]:
        fh.append([s, run(lambda: repr(float.fromhex(s)))])
    write("float_fromhex", fh)


def gen_spec_fuzz():
    """Random strings over the spec alphabet: parse order and error precedence."""
    alphabet = "<>=^+- z#0123456789,_.%bcdeEfFgGnosxXa*\U0001F600"
    cases = []
    for _ in range(2500):
        spec = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 7)))
        kind = rng.choice(["int", "float", "str", "complex"])
        if kind == "int":
            v = rng.choice([0, 5, -42, 1234567, 65, 2**70])
            cases.append([kind, str(v), spec, run(format, v, spec)])
        elif kind == "float":
            v = rng.choice([0.0, -0.0, 1.5, -1234.5678, 1e20, math.inf, math.nan])
            cases.append([kind, repr(v), spec, run(format, v, spec)])
        elif kind == "str":
            v = rng.choice(["", "ab", "h\xe9llo"])
            cases.append([kind, v, spec, run(format, v, spec)])
        else:
            v = rng.choice([1j, complex(-1.5, 2), complex(-0.0, -0.0)])
            cases.append([kind, "%r,%r" % (v.real, v.imag), spec, run(format, v, spec)])
    write("spec_fuzz", cases)


def gen_limits():
    """sys.set_int_max_str_digits(limit): the value is 10**n - 1 (or the string "9" * n), negated for neg."""
    cases = []
    ops = {
        "str": lambda v: str(v),
        "format_d": lambda v: format(v, "d"),
        "format_comma": lambda v: format(v, ","),
        "format_x": lambda v: format(v, "x"),
        "printf_d": lambda v: "%d" % v,
        "printf_x": lambda v: "%x" % v,
    }
    for limit in [0, 640, 1000, 4300]:
        sys.set_int_max_str_digits(limit)
        for n in sorted({1, 639, 640, 641, 999, 1000, 1001, 4299, 4300, 4301, 6000}):
            for neg in (False, True):
                v = -(10**n - 1) if neg else 10**n - 1
                for op, f in ops.items():
                    r = run(f, v)
                    if isinstance(r, str):
                        r = "len:%d" % len(r)
                    cases.append([op, n, neg, limit, r])
                for base in (10, 0, 7, 16, 36):
                    s = ("-" if neg else "") + "9" * n
                    r = run(int, s, base)
                    if isinstance(r, int):
                        r = "bits:%d" % r.bit_length()
                    cases.append(["int", n, neg, limit, base, r])
    sys.set_int_max_str_digits(4300)
    write("limits", cases)


if __name__ == "__main__":
    gen_repr()
    gen_format_float()
    gen_format_int()
    gen_format_str()
    gen_format_complex()
    gen_printf()
    gen_round()
    gen_parse_float()
    gen_parse_int()
    gen_int_str()
    gen_hex()
    gen_limits()
    gen_spec_fuzz()
