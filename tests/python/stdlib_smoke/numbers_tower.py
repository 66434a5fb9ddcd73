# numbers: the numeric tower's ABCs for builtins, fractions and decimals, registration,
# abstract-method enforcement, and a complete user-defined Integral.
import numbers
from decimal import Decimal
from fractions import Fraction

abcs = [numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral]
for v in [1, True, 1.5, 1j, Fraction(1, 3), Decimal("1.1"), "1", None, float("nan")]:
    print(repr(v), [isinstance(v, a) for a in abcs])
print([a.__name__ for a in numbers.Integral.__mro__])
print(sorted(numbers.Complex.__abstractmethods__))
print(sorted(numbers.Real.__abstractmethods__), sorted(numbers.Integral.__abstractmethods__))
print(numbers.Number.__hash__ is None, numbers.Complex.__hash__)
try:
    numbers.Real()
except TypeError as e:
    print("TypeError", str(e).split(" with")[0])


class Half(numbers.Real):
    pass


try:
    Half()
except TypeError as e:
    print("TypeError", str(e).split(" with")[0], len(Half.__abstractmethods__))


@numbers.Integral.register
class Flag:
    pass


print(isinstance(Flag(), numbers.Number), issubclass(Flag, numbers.Rational), Flag.__name__)


class Int(numbers.Integral):
    def __init__(self, v):
        self.v = int(v)

    def __repr__(self):
        return "Int(%d)" % self.v

    def __int__(self):
        return self.v

    __index__ = __int__

    def _op(f):
        def method(self, other):
            return Int(f(int(self), int(other)))
        return method

    def _rop(f):
        def method(self, other):
            return Int(f(int(other), int(self)))
        return method

    __add__ = _op(lambda a, b: a + b)
    __radd__ = _rop(lambda a, b: a + b)
    __mul__ = _op(lambda a, b: a * b)
    __rmul__ = _rop(lambda a, b: a * b)
    __floordiv__ = _op(lambda a, b: a // b)
    __rfloordiv__ = _rop(lambda a, b: a // b)
    __mod__ = _op(lambda a, b: a % b)
    __rmod__ = _rop(lambda a, b: a % b)
    __truediv__ = lambda self, o: int(self) / int(o)
    __rtruediv__ = lambda self, o: int(o) / int(self)
    __lshift__ = _op(lambda a, b: a << b)
    __rlshift__ = _rop(lambda a, b: a << b)
    __rshift__ = _op(lambda a, b: a >> b)
    __rrshift__ = _rop(lambda a, b: a >> b)
    __and__ = _op(lambda a, b: a & b)
    __rand__ = _rop(lambda a, b: a & b)
    __or__ = _op(lambda a, b: a | b)
    __ror__ = _rop(lambda a, b: a | b)
    __xor__ = _op(lambda a, b: a ^ b)
    __rxor__ = _rop(lambda a, b: a ^ b)

    def __pow__(self, e, mod=None):
        return Int(pow(int(self), int(e), mod))

    def __rpow__(self, b):
        return Int(int(b) ** int(self))

    def __neg__(self):
        return Int(-self.v)

    def __pos__(self):
        return self

    def __abs__(self):
        return Int(abs(self.v))

    def __invert__(self):
        return Int(~self.v)

    def __trunc__(self):
        return self.v

    def __floor__(self):
        return self.v

    def __ceil__(self):
        return self.v

    def __round__(self, n=None):
        return self.v

    def __lt__(self, o):
        return self.v < int(o)

    def __le__(self, o):
        return self.v <= int(o)

    def __eq__(self, o):
        return self.v == int(o)

    __hash__ = None


x = Int(7)
print(x + 1, 2 * x, x // 2, 7 % Int(4), x / 2, 1 << Int(3), x ** 2, pow(x, 2, 5), -x, ~x, abs(Int(-3)))
print(x.numerator, x.denominator, x.real, x.imag, x.conjugate(), float(x), complex(x))
print(bool(Int(0)), bool(x), [10, 20, 30][Int(1)], hex(x), range(Int(3))[-1], x < 3, x <= 8)
print(Fraction(x), Fraction(3, 4) + 0, isinstance(x, numbers.Rational), numbers.Rational.__float__(Fraction(1, 4)))
print(numbers.Complex.__bool__(0j), numbers.Complex.__sub__(Fraction(1), 1), numbers.Real.__divmod__(7.5, 2))
