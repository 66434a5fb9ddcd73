# %d %i %u take int(x) of anything that is a number (__int__ before __index__, a float
# subclass's own __int__); a non-number, or a TypeError from int(), is "a real number is
# required"; other errors from __int__ pass through. %x takes __index__ only.
class F:
    def __float__(self):
        return 2.5


class T:
    def __trunc__(self):
        return 3


class I:
    def __int__(self):
        return 7

    def __index__(self):
        return 8


class FS(float):
    def __int__(self):
        return 99


class R:
    def __int__(self):
        raise RuntimeError("int")

    def __index__(self):
        raise RuntimeError("index")


class TE:
    def __int__(self):
        raise TypeError("mine")


values = [F(), T(), I(), 2.7, -2.7, True, 3j, FS(1.5), R(), TE(), float("nan"), float("inf"), "x", 10**30 + 0.5]
for o in values:
    for c in "diux":
        try:
            print(c, ("%" + c) % o)
        except Exception as e:
            print(c, type(e).__name__, e)
        try:
            print(c, (b"%" + c.encode()) % o)
        except Exception as e:
            print(c, type(e).__name__, e)
