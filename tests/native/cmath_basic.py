import cmath
import math

inf = math.inf
nan = math.nan
vals = [-inf, -1e308, -3.5, -1.0, -0.5, -1e-310, -0.0, 0.0, 1e-310, 0.5, 1.0, 2.0, 3.5, 1e308, inf, nan]
names = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "exp", "log", "log10",
         "sin", "sinh", "sqrt", "tan", "tanh"]


def show(x):
    if isinstance(x, complex):
        return "(%r, %r)" % (x.real, x.imag)
    return repr(x)


for name in names:
    f = getattr(cmath, name)
    lines = []
    for a in vals:
        for b in vals:
            try:
                r = show(f(complex(a, b)))
            except (ValueError, OverflowError) as e:
                r = type(e).__name__ + ": " + str(e)
            lines.append(r)
    print(name)
    for i in range(0, len(lines), 8):
        print(" ", " | ".join(lines[i:i + 8]))

for a in vals:
    for b in vals:
        try:
            r = show(cmath.rect(a, b))
        except (ValueError, OverflowError) as e:
            r = type(e).__name__ + ": " + str(e)
        try:
            p = show(cmath.phase(complex(a, b)))
        except OverflowError as e:
            p = str(e)
        print("rect", a, b, r, p, end=" ")
        try:
            print(show(cmath.polar(complex(a, b))))
        except OverflowError as e:
            print(e)

for z in [1, 2.5, -3, 1j, 1 + 1j, -2 - 3j, 0.5 - 0.25j, 100 + 100j, 1e-200 + 1e-200j]:
    print(show(cmath.log(z, 2)), show(cmath.log(z, 1j)), show(cmath.log(z, -3 + 4j)))
for args in [(0, 2), (2, 1), (1, 0), (0, 0)]:
    try:
        print(show(cmath.log(*args)))
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)

print(cmath.isclose(1, 1 + 1e-10j), cmath.isclose(1, 1.1), cmath.isclose(1, 1.1, rel_tol=0.2),
      cmath.isclose(0, 1e-10j, abs_tol=1e-9), cmath.isclose(complex(inf, 0), complex(inf, 0)),
      cmath.isclose(complex(inf, 1), complex(inf, 0)), cmath.isclose(nan, nan))
print(cmath.isfinite(1 + 2j), cmath.isfinite(complex(inf, 0)), cmath.isinf(complex(0, -inf)),
      cmath.isnan(complex(0, nan)), cmath.isnan(1))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)


class C:
    def __complex__(self):
        return 3 + 4j


class F:
    def __float__(self):
        return 2.0


class I:
    def __index__(self):
        return 5


print(cmath.sqrt(C()), cmath.sqrt(F()), cmath.sqrt(I()), cmath.sqrt(True), cmath.sqrt(10 ** 20))
for expr in ["cmath.sqrt()", "cmath.sqrt('a')", "cmath.sqrt(1, 2)", "cmath.sqrt(x=1)", "cmath.log()",
             "cmath.log(1, 2, 3)", "cmath.isclose(1)", "cmath.isclose(1, 2, 3)",
             "cmath.isclose(1, 2, x=3)", "cmath.isclose(1, 2, rel_tol=-1)", "cmath.rect(1)",
             "cmath.phase(None)", "cmath.exp(1000)", "cmath.cosh(1000)", "cmath.sinh(-1000+1j)",
             "cmath.exp(complex(1, inf))", "cmath.sqrt(10 ** 400)"]:
    try:
        print(expr, eval(expr))
    except Exception as e:
        print(expr, type(e).__name__, e)
