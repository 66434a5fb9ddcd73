#!/usr/bin/env python3
"""Generate tests/unit/data/libm/<name>.txt.gz: expected results of CPython's float math.

Each line: input(s) and output as 16 hex digits of the IEEE-754 bits, then a flag saying
what CPython does with the input: '-' returns the value, 'V' raises ValueError, 'O' raises
OverflowError ('Z' ZeroDivisionError and 'C' complex result, for pow only). For functions
CPython takes from the C library, the value is the C library's (via ctypes, the same libm
CPython calls), so inputs where CPython raises still have an expected value. For the ones
CPython computes itself, the value is CPython's (NaN when it raises).

Run from the repo root: python3 scripts/gen_libm_data.py [names...]
"""
import ctypes
import gzip
import math
import random
import struct
import sys

N = 20000
OUT = "tests/unit/data/libm"
libm = ctypes.CDLL("libm.so.6")


def cfun(name, nargs):
    f = getattr(libm, name)
    f.restype = ctypes.c_double
    f.argtypes = [ctypes.c_double] * nargs
    return f


def h(x):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


def from_bits(b):
    return struct.unpack("<d", struct.pack("<Q", b))[0]


def rbits(rng):
    return from_bits(rng.getrandbits(64))


def nextafter_n(x, n):
    for _ in range(abs(n)):
        x = math.nextafter(x, math.inf if n > 0 else -math.inf)
    return x


SPECIAL = [0.0, -0.0, math.inf, -math.inf, math.nan, 5e-324, -5e-324, 2.2250738585072014e-308,
           -2.2250738585072014e-308, 1.7976931348623157e308, -1.7976931348623157e308, 1.0, -1.0,
           0.5, -0.5, 2.0, -2.0, 1e-300, 1e300, 3.0, 10.0, 0.1]


def gen_unary(rng, ranges, extra=()):
    """ranges: list of (weight, kind, a, b): 'u' uniform, 'l' log-uniform |x| in [a,b] with
    random sign, 'lp' log-uniform positive, 'bits' random bit patterns, 'near' neighbours of
    points in a list."""
    xs = list(SPECIAL) + list(extra)
    total = sum(r[0] for r in ranges)
    while len(xs) < N:
        w = rng.random() * total
        for r in ranges:
            w -= r[0]
            if w <= 0:
                break
        kind = r[1]
        if kind == "u":
            xs.append(rng.uniform(r[2], r[3]))
        elif kind in ("l", "lp"):
            v = math.exp(rng.uniform(math.log(r[2]), math.log(r[3])))
            if kind == "l" and rng.random() < 0.5:
                v = -v
            xs.append(v)
        elif kind == "bits":
            xs.append(rbits(rng))
        elif kind == "near":
            p = rng.choice(r[2])
            xs.append(nextafter_n(p, rng.randint(-r[3], r[3])))
    return xs[:N]


def classify(f, args):
    try:
        f(*args)
        return "-"
    except ValueError:
        return "V"
    except OverflowError:
        return "O"
    except ZeroDivisionError:
        return "Z"


def write(name, rows):
    with gzip.open(f"{OUT}/{name}.txt.gz", "wt", compresslevel=9) as fh:
        # mtime-free output keeps regeneration byte-stable
        for row in rows:
            fh.write(" ".join(row) + "\n")


def write_stable(name, rows):
    data = "".join(" ".join(r) + "\n" for r in rows).encode()
    with open(f"{OUT}/{name}.txt.gz", "wb") as fh:
        with gzip.GzipFile(fileobj=fh, mode="wb", compresslevel=9, mtime=0) as gz:
            gz.write(data)


def do_unary_libm(name, xs, cname=None):
    c = cfun(cname or name, 1)
    f = getattr(math, name)
    rows = []
    for x in xs:
        v = c(x)
        flag = classify(f, (x,))
        if flag == "-":
            m = f(x)
            assert h(m) == h(v) or (m != m and v != v), (name, x, m, v)
        rows.append((h(x), h(v), flag))
    write_stable(name, rows)


def do_unary_py(name, xs, f):
    rows = []
    for x in xs:
        flag = classify(f, (x,))
        v = f(x) if flag == "-" else math.nan
        rows.append((h(x), h(v), flag))
    write_stable(name, rows)


PI2 = [k * math.pi / 2 for k in range(-200, 201)] + [math.pi / 2 * 2.0**e for e in range(0, 60)]
WIDE = [(3, "bits"), (3, "l", 1e-320, 1e308)]

UNARY = {
    "exp": [(4, "u", -745.2, 709.8), (2, "l", 1e-20, 1.0), (1, "u", -746, -700), (1, "u", 700, 710)] + WIDE,
    "exp2": [(4, "u", -1075, 1024), (2, "l", 1e-20, 1.0), (1, "u", -1080, -1020)] + WIDE,
    "expm1": [(4, "u", -40, 709.8), (3, "l", 1e-20, 1.0), (1, "u", -1, 1)] + WIDE,
    "log": [(3, "lp", 1e-320, 1e308), (3, "u", 0.5, 2), (1, "near", [1.0], 2000)] + WIDE,
    "log2": [(3, "lp", 1e-320, 1e308), (3, "u", 0.5, 2), (1, "near", [1.0, 2.0, 0.5], 2000)] + WIDE,
    "log10": [(3, "lp", 1e-320, 1e308), (3, "u", 0.5, 2), (1, "near", [10.0**k for k in range(-20, 23)], 50)] + WIDE,
    "log1p": [(3, "l", 1e-20, 1e5), (3, "u", -1, 2), (1, "near", [-1.0, 0.0], 5000)] + WIDE,
    "sin": [(4, "u", -10, 10), (2, "l", 1e-10, 1e22), (2, "near", PI2, 3), (1, "l", 1e22, 1e308)] + WIDE,
    "cos": [(4, "u", -10, 10), (2, "l", 1e-10, 1e22), (2, "near", PI2, 3), (1, "l", 1e22, 1e308)] + WIDE,
    "tan": [(4, "u", -10, 10), (2, "l", 1e-10, 1e22), (2, "near", PI2, 3), (1, "l", 1e22, 1e308)] + WIDE,
    "asin": [(4, "u", -1, 1), (2, "l", 1e-20, 1), (1, "near", [1.0, -1.0, 0.5, -0.5], 5000)] + WIDE,
    "acos": [(4, "u", -1, 1), (2, "l", 1e-20, 1), (1, "near", [1.0, -1.0, 0.5, -0.5], 5000)] + WIDE,
    "atan": [(4, "u", -10, 10), (2, "l", 1e-20, 1e20), (1, "near", [1.0, -1.0], 2000)] + WIDE,
    "sinh": [(4, "u", -30, 30), (2, "l", 1e-20, 1), (1, "u", 700, 711)] + WIDE,
    "cosh": [(4, "u", -30, 30), (2, "l", 1e-20, 1), (1, "u", 700, 711)] + WIDE,
    "tanh": [(4, "u", -5, 5), (2, "l", 1e-20, 30)] + WIDE,
    "asinh": [(4, "u", -10, 10), (2, "l", 1e-20, 1e20)] + WIDE,
    "acosh": [(4, "u", 1, 10), (2, "lp", 1, 1e20), (1, "near", [1.0], 5000)] + WIDE,
    "atanh": [(4, "u", -1, 1), (2, "l", 1e-20, 1), (1, "near", [1.0, -1.0], 5000)] + WIDE,
    "cbrt": [(4, "u", -100, 100), (2, "l", 1e-320, 1e308)] + WIDE,
    "erf": [(4, "u", -6, 6), (2, "l", 1e-20, 10)] + WIDE,
    "erfc": [(4, "u", -6, 28), (2, "l", 1e-20, 30), (1, "u", 26, 27.3)] + WIDE,
}
EXTRA = {
    "exp": [709.782712893384, 709.7827128933841, -745.1332191019411, -745.1332191019412, -708.3964185322641],
    "cbrt": [float(k**3) for k in range(-200, 200)] + [27 * 2.0**k for k in range(-1000, 1000, 3)],
    "log2": [2.0**k for k in range(-1074, 1024)],
    "log10": [10.0**k for k in range(-300, 309)],
    "exp2": [float(k) for k in range(-1080, 1030)] + [k / 2 for k in range(-200, 200)],
    "sin": [1e22, 1.7976931348623157e308, 6381956970095103.0 * 2**797, 5.319372648326541e255],
    "cos": [1e22, 1.7976931348623157e308, 6381956970095103.0 * 2**797],
    "tan": [1e22, 1.7976931348623157e308, 6381956970095103.0 * 2**797],
}


def gen_pow(rng):
    c = cfun("pow", 2)
    pairs = [(a, b) for a in SPECIAL for b in SPECIAL]
    pairs += [(2.0, float(n)) for n in range(-1080, 1030)]
    pairs += [(-8.0, 1 / 3), (-8.0, 3.0), (-2.0, 0.5), (3.0, 34.0), (134217727.0, 2.0),
              (float((2**18 - 1) ** 2), 1.5), (5.0, 23.0), (7.0, 19.0), (-3.0, 33.0), (3 * 2.0**-215, 5.0)]
    pairs += [(float(k), 0.5) for k in range(0, 1000)]
    pairs += [(float(a), float(b)) for a in range(-12, 13) for b in range(-40, 41)]
    while len(pairs) < N:
        t = rng.random()
        if t < 0.3:
            x, y = rng.uniform(0, 10), rng.uniform(-30, 30)
        elif t < 0.45:
            x, y = math.exp(rng.uniform(-700, 700)), rng.uniform(-2, 2)
        elif t < 0.55:
            x, y = rng.uniform(0.5, 2), rng.choice([-1.5, 0.5, 1.5, 2.5, -0.5, 1 / 3, 0.25])
        elif t < 0.65:
            x, y = rng.uniform(-20, 20), float(rng.randint(-300, 300))
        elif t < 0.75:
            x, y = 1 + rng.uniform(-1e-10, 1e-10), rng.uniform(-1e12, 1e12)
        elif t < 0.85:
            x = math.exp(rng.uniform(-50, 50))
            y = rng.uniform(-745, 709.7) / math.log(x)
        else:
            x, y = rbits(rng), rbits(rng)
            if rng.random() < 0.5:
                y = rng.uniform(-4, 4)
        pairs.append((x, y))
    rows = []
    for x, y in pairs[:N]:
        v = c(x, y)
        try:
            m = x**y
            flag = "C" if isinstance(m, complex) else "-"
            if flag == "-":
                assert h(m) == h(v) or (m != m and v != v), (x, y, m, v)
        except OverflowError:
            flag = "O"
        except ZeroDivisionError:
            flag = "Z"
        rows.append((h(x), h(y), h(v), flag))
    write_stable("pow", rows)


def gen_atan2(rng):
    c = cfun("atan2", 2)
    pairs = [(a, b) for a in SPECIAL for b in SPECIAL]
    while len(pairs) < N:
        t = rng.random()
        if t < 0.4:
            y, x = rng.uniform(-10, 10), rng.uniform(-10, 10)
        elif t < 0.6:
            y = math.exp(rng.uniform(-745, 709)) * rng.choice([1, -1])
            x = math.exp(rng.uniform(-745, 709)) * rng.choice([1, -1])
        elif t < 0.7:
            x = rng.uniform(-10, 10)
            y = x * (1 + rng.uniform(-1e-12, 1e-12)) * rng.choice([1, -1])
        else:
            y, x = rbits(rng), rbits(rng)
        pairs.append((y, x))
    rows = []
    for y, x in pairs[:N]:
        v = c(y, x)
        m = math.atan2(y, x)
        assert h(m) == h(v) or (m != m and v != v)
        rows.append((h(y), h(x), h(v), "-"))
    write_stable("atan2", rows)


def main():
    names = sys.argv[1:] or list(UNARY) + ["pow", "atan2"]
    rng = random.Random(20240611)
    for name in names:
        rng.seed(name)
        if name == "pow":
            gen_pow(rng)
        elif name == "atan2":
            gen_atan2(rng)
        else:
            do_unary_libm(name, gen_unary(rng, UNARY[name], EXTRA.get(name, ())))
        print("wrote", name)


if __name__ == "__main__":
    main()
