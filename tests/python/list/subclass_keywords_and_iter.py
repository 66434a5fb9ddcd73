# Keyword arguments reach a subclass's own __new__/__init__; list() and tuple() iterate a
# subclass that overrides __iter__ instead of reading its items.
class LyingTuple(tuple):
    def __iter__(self):
        yield 1

class LyingList(list):
    def __iter__(self):
        yield 1

print(list(LyingTuple((2,))), tuple(LyingTuple((2,))), list(LyingList([2])), tuple(LyingList([2])))
print(sorted(LyingList([5, 4])), [0] + list(LyingTuple((7, 8))))
x = [9]; x.extend(LyingTuple((2, 3))); print(x)

class L(list):
    def __new__(cls, seq, newarg=None):
        self = super().__new__(cls, seq)
        self.newarg = newarg
        return self
u = L([1, 2], newarg=3); print(type(u).__name__, list(u), u.newarg)

class LI(list):
    def __init__(self, seq, newarg=None):
        super().__init__(seq)
        self.newarg = newarg
u = LI([1, 2], newarg=3); print(list(u), u.newarg)

class T(tuple):
    def __init__(self, arg, newarg=None):
        self.newarg = newarg
u = T([1, 2], newarg=3); print(u, u.newarg)

class S(set):
    def __init__(self, arg, newarg=None):
        super().__init__(arg)
        self.newarg = newarg
u = S([1, 2], newarg=3); print(sorted(u), u.newarg)

class SN(set):
    def __new__(cls, arg, newarg=None):
        self = super().__new__(cls, arg)
        self.newarg = newarg
        return self

class F(frozenset):
    pass

for make in (lambda: list(sequence=()), lambda: tuple(sequence=()), lambda: set(iterable=()),
             lambda: F(sequence=()), lambda: SN([1, 2], newarg=3), lambda: LI([1], bad=1)):
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)
