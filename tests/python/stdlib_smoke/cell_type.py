# Cells (types.CellType): construction, repr, comparison by contents, no hash.
import re
import types
import collections

C = types.CellType


def addr(s):
    return re.sub("0x[0-9a-fA-F]+", "ADDR", s)


def closure():
    x = 42

    def inner():
        return x

    return inner.__closure__[0]


print(addr(repr(closure())))
print(addr(repr(C())), addr(repr(C(collections.OrderedDict()))))


class K:
    pass


print(addr(repr(C(K()))))
for args in [(), (1,), (1, 2)]:
    try:
        c = C(*args)
        print(c.cell_contents if args else "empty")
    except Exception as e:
        print(type(e).__name__, e)
try:
    C(contents=1)
except TypeError as e:
    print(e)
try:
    hash(C(1))
except TypeError as e:
    print(e)
print(C.__hash__, C(1).__eq__(3))
print((C(1) == closure()) is False, C(42) == closure(), C(1) != C(2))
print(C() == C(), C() <= C(), C() < C(0), C(0) > C(), C() >= C(0), C(1) < C(2))
try:
    C(1) < C("a")
except TypeError as e:
    print(e)
print(sorted([C(3), C(), C(1)], key=lambda c: c)[0] == C())
