# Built-in sequences' + and * methods called as methods raise for operands they do not take
# (CPython's slot wrappers), while the operators give the other operand its turn first.
from collections import deque
from array import array
for expr in ["deque() + 1", "deque.__add__(deque(), 1)", "array('i') + 1", "array.__add__(array('i'), 1)", "deque() * 1.5", "deque.__mul__(deque(), 1.5)", "array('i') * 'x'", "array.__mul__(array('i'), 'x')", "d = deque(); d += 1", "a = array('i'); a += 1", "a = array('i'); a *= 1.5", "l = [1]; l *= 1.5", "list.__imul__([1], 1.5)", "list.__rmul__([1], 'x')", "bytearray.__add__(bytearray(), 1)", "bytearray.__mul__(bytearray(), 1.5)", "bytes.__mul__(b'', 1.5)", "str.__mul__('', 1.5)", "str.__rmul__('', 1.5)", "tuple.__add__((), [])", "list.__add__([], 1)", "tuple.__mul__((1,), 1.5)", "list.__mul__([1], 'x')", "[].__add__(())", "x = [1]; x += 5", "(1,) + 1", "[1] * 1.5", "1.5 * [1]"]:
    try:
        if "=" in expr: exec(expr); print(expr, "-> ok")
        else: print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "->", type(e).__name__, e)

class R:
    def __radd__(self, other):
        return "R.__radd__"
    def __rmul__(self, other):
        return "R.__rmul__"
print([1] + R(), (1,) + R(), [1] * R(), list.__add__([1], [2]), list.__mul__([1], 2))
try:
    list.__add__([1], R())
except TypeError as e:
    print("TypeError:", e)
class L(list):
    pass
try:
    list.__add__(L(), 1)
except TypeError as e:
    print("TypeError:", e)
