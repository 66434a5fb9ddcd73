# cmath: branch cuts with signed zeros, infinities and nans, polar/rect, isclose, errors.
import cmath
import math

inf, nan = float("inf"), float("nan")
funcs = ["sqrt", "exp", "log", "log10", "acos", "asin", "atan", "acosh", "asinh", "atanh",
         "cos", "sin", "tan", "cosh", "sinh", "tanh"]
points = [complex(-2.0, 0.0), complex(-2.0, -0.0), complex(2.0, 0.0), complex(2.0, -0.0),
          complex(0.0, 2.0), complex(-0.0, 2.0), complex(0.0, -2.0), complex(-0.0, -2.0),
          complex(0.5, 0.0), complex(0.5, -0.0), complex(0.0, 0.0), complex(-0.0, -0.0),
          complex(1e-320, 1e300), complex(1.5, 2.5), complex(-3.0, 4.0)]
for f in funcs:
    fn = getattr(cmath, f)
    row = []
    for z in points:
        try:
            row.append(repr(fn(z)))
        except (ValueError, OverflowError) as e:
            row.append(type(e).__name__ + ":" + str(e))
    print(f, " ".join(row))

specials = [complex(inf, 0.0), complex(-inf, 0.0), complex(0.0, inf), complex(inf, inf),
            complex(-inf, -inf), complex(nan, 0.0), complex(0.0, nan), complex(nan, inf),
            complex(inf, nan), complex(-inf, nan), complex(1.0, inf), complex(1e308, 1e308)]
for f in funcs:
    fn = getattr(cmath, f)
    row = []
    for z in specials:
        try:
            row.append(repr(fn(z)))
        except (ValueError, OverflowError) as e:
            row.append(type(e).__name__ + ":" + str(e))
    print(f, " ".join(row))

for z in [1j, -1, complex(-1, -0.0), 0j, complex(-0.0, 0.0), complex(inf, -inf), complex(nan, 1)]:
    print(repr(z), cmath.phase(z), cmath.polar(z), abs(z))
for r, phi in [(1, 0), (2, math.pi), (0, inf), (inf, 0), (inf, 1), (-1, 0.5), (nan, 0), (0.0, nan)]:
    try:
        print(r, phi, cmath.rect(r, phi))
    except (ValueError, OverflowError) as e:
        print(r, phi, type(e).__name__, e)
print(cmath.log(8, 2), cmath.log(1j, 1j), cmath.log(-1, -1))
try:
    cmath.log(1, 1)
except (ZeroDivisionError, ValueError) as e:
    print(type(e).__name__, e)
try:
    cmath.log(0)
except ValueError as e:
    print("ValueError", e)
try:
    cmath.exp(complex(1000, 1))
except OverflowError as e:
    print("OverflowError", e)
try:
    cmath.sqrt("x")
except TypeError as e:
    print("TypeError", e)


class C:
    def __complex__(self):
        return 2 + 0j


class F:
    def __float__(self):
        return -4.0


class I:
    def __index__(self):
        return 9


print(cmath.sqrt(C()), cmath.sqrt(F()), cmath.sqrt(I()), cmath.sqrt(True), cmath.exp(10**20 / 10**21))
try:
    cmath.sqrt(10**400)
except OverflowError as e:
    print("OverflowError", e)
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 1.001j, rel_tol=1e-2),
      cmath.isclose(0j, 1e-10j, abs_tol=1e-9), cmath.isclose(complex(inf, 0), complex(inf, 0)),
      cmath.isclose(complex(nan, 0), complex(nan, 0)))
try:
    cmath.isclose(1, 1, rel_tol=-1)
except ValueError as e:
    print("ValueError", e)
print(cmath.isfinite(complex(1, inf)), cmath.isinf(complex(nan, inf)), cmath.isnan(complex(nan, inf)))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
