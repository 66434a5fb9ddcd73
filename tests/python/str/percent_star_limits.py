# %-formatting's limits, as CPython's C types: '*' precision is a C int, '*' width a
# Py_ssize_t, a literal precision past INT_MAX is "too big", and ints refuse a precision
# near INT_MAX ("precision too large").
import sys

cases = [("%.*d", (sys.maxsize, 1)), ("%*d", (sys.maxsize + 1, 1)), ("%.*f", (sys.maxsize, 1.0)),
         ("%.*d", (-sys.maxsize, 1)), ("%.*d", (-2**31, 1)), ("%.*d", (-2**31 - 1, 1)),
         ("%.2147483648d", (1,)), ("%.2147483647d", (1,)), ("%.*d", (2**31 - 1, 1)), ("%.*x", (2**31 - 1, 1)),
         ("%.*o", (2**31 - 3, 1.5)), ("%.*s", (2**31 - 1, "ab")), ("%.*e", (-3, 1.5)),
         ("%*s", (-3, "a")), ("%*s", (True, "a")), ("%.*s", (1.5, "a")), ("%.*d", (3, 7))]
for f, a in cases:
    for bytes_mode in (False, True):
        try:
            if bytes_mode:
                r = f.encode() % tuple(x.encode() if isinstance(x, str) else x for x in a)
            else:
                r = f % a
            print(f, len(r), r[:10])
        except Exception as e:
            print(f, a, type(e).__name__, e)
