# The built-in sequences' + and * (CPython's sq_concat and sq_repeat) run only after both
# operands' number methods: `"a" + UserList()` reaches UserList.__radd__, and list's
# `+=` / `*=` (sq_inplace_concat / sq_inplace_repeat) come after the other operand's
# reflected method too.
from array import array
from collections import UserList, deque


class R:
    def __radd__(self, o):
        return ("radd", o)

    def __rmul__(self, o):
        return ("rmul", o)

    def __iter__(self):
        return iter([9])

    def __index__(self):
        return 2


class N:
    def __radd__(self, o):
        return NotImplemented

    def __rmul__(self, o):
        return NotImplemented


class S(str):
    pass


class L(list):
    pass


print("spam" + UserList("eggs"))
print([1] + UserList([2]))
print((1,) + UserList([2]))
for x in ["a", [1], (1,), b"a", bytearray(b"a"), S("s"), L([5]), deque([3]), array("i", [4])]:
    print(type(x).__name__, x + R(), x * R(), R() * x)
    y = x
    y += R()
    print(" +=", y)
    y = x
    y *= R()
    print(" *=", y)
    for f in [lambda: x + N(), lambda: x * N(), lambda: N() * x, lambda: x * 1.5, lambda: 1.5 * x, lambda: x + 1]:
        try:
            print(" ", f())
        except TypeError as e:
            print("  TypeError:", e)
# The ordinary cases still work as before.
print("ab" + "cd", [1] + [2], (1,) + (2,), b"a" + b"b", bytearray(b"a") + b"b")
print("ab" * 2, 2 * "ab", [0] * 3, 3 * [0], (1,) * 2, b"x" * 3, True * [1])
lst = [1]
lst += (2, 3)
lst *= 2
print(lst)
try:
    lst += 5
except TypeError as e:
    print("TypeError:", e)


# A subclass's own `*` comes before the inherited in-place repetition.
class M(list):
    def __mul__(self, n):
        return ("M.__mul__", n)


m = M([1])
m *= 2
print(m)


# The other operand's reflected method is asked once.
class Once:
    calls = 0

    def __rmul__(self, o):
        Once.calls += 1
        return NotImplemented


lst = [1]
try:
    lst *= Once()
except TypeError as e:
    print("TypeError:", e, Once.calls)
