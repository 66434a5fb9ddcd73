# Constructors that take no keywords refuse them in a subclass too, unless the subclass
# defines __init__ (CPython checks `type->tp_init == base->tp_init`).
import itertools as it
import operator
from _show import err

cases = [
    (filter, (None, [0, 1])),
    (map, (str, [1, 2])),
    (reversed, ([1, 2],)),
    (it.filterfalse, (None, [0, 1])),
    (it.chain, ([1, 2], [3])),
    (it.starmap, (operator.pow, [(2, 3)])),
    (it.islice, ([1, 2, 3, 4], 1, 3)),
    (it.takewhile, (bool, [2, 0, 4])),
    (it.dropwhile, (bool, [2, 0, 4])),
    (it.cycle, ([1, 2],)),
    (it.pairwise, ("abc",)),
    (it.repeat, (1, 2)),
    (zip, ([1, 2], "ab")),
    (enumerate, ("ab",)),
    (it.compress, ("ABC", [1, 0, 1])),
]
for cls, args in cases:
    name = cls.__name__

    class Plain(cls):
        pass

    class WithInit(cls):
        def __init__(self, *args, newarg=None):
            self.newarg = newarg

    class WithNew(cls):
        def __new__(cls, *args, newarg=None):
            return super().__new__(cls, *args)

    print(name)
    print("  base:", err(lambda: cls(*args, newarg=3)))
    print("  plain:", err(lambda: Plain(*args, newarg=3)))
    u = None

    def with_init():
        global u
        u = WithInit(*args, newarg=3)
        return list(it.islice(u, 3)), u.newarg

    print("  __init__:", err(with_init))
    print("  __new__:", err(lambda: list(it.islice(WithNew(*args, newarg=3), 3))))
    print("  plain works:", list(it.islice(Plain(*args), 3)))


class Init2(it.chain):
    def __init__(self, *args, **kw):
        super().__init__()


class Sub(Init2):
    pass


print("inherited __init__:", list(Sub("ab", x=1)))
