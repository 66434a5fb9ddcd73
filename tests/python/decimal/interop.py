# Decimal among other numbers: numbers ABCs, %-formatting, math functions, bools, mixed
# min/max/sum, subclasses, big ints, copying and the dunder methods called directly.
import numbers, math, decimal
from decimal import *
print(isinstance(Decimal(1), numbers.Number), isinstance(Decimal(1), numbers.Real), issubclass(Decimal, numbers.Number))
print('%s %r %.2f %d %5.1e' % (Decimal('1.005'), Decimal('2.50'), Decimal('1.005'), Decimal('7.9'), Decimal('12345')))
print(f"{Decimal('3.14159')!r} {Decimal('2.5'):>8} {Decimal('-0.001'):+.1%}")
print(math.sqrt(Decimal(2)), math.floor(Decimal('-2.5')), math.isclose(Decimal('1.0'), Decimal('1.00000000001')), math.fsum([Decimal('0.1')] * 10))
print(Decimal(1) + True, Decimal(2) * False, True + Decimal('0.5'))
print(sum([Decimal('1.1'), Decimal('2.2')], Decimal(0)), max([Decimal(1), 2, 1.5]), min(Decimal('0.1'), 0.05))
print(Decimal('12.50').__round__(), divmod(Decimal('-7.5'), 2), Decimal('-7.5') // 2, Decimal('-7.5') % 2)
print(decimal.__doc__[:20] if decimal.__doc__ else None, Decimal.__doc__ is not None or True, Decimal.__name__, Decimal.__qualname__, Context.__name__)
print(type(Decimal('1').as_tuple()).__name__, Decimal('1').as_tuple()._fields, DecimalTuple(0, (1,), 0))
print(Decimal('1.30') == Decimal('1.3'), Decimal('1.30') != Decimal('1.3'), Decimal(1) in {1: 2}, {Decimal('0.5'): 1}.get(0.5))
class D2(Decimal):
    def double(self): return self * 2
x = D2('1.25')
print(x.double(), type(x.double()).__name__, D2('3') == 3, repr(D2('NaN')), hash(D2(5)) == hash(5))
print(Decimal(10**30), Decimal(-10**30 + 1) / 3, Decimal(2**64) + 1)
print(Decimal('0.1') * 3 == Decimal('0.3'), Decimal(0.1) * 3 == Decimal('0.3'), 0.1 * 3 == 0.3)
import copy
c = getcontext().copy(); c.prec = 5; cc = copy.deepcopy(c); print(cc.prec, cc is not c)
print(Decimal('7').__floordiv__(2), Decimal('7').__rtruediv__(2), Decimal(5).__pow__(2), Decimal(2).__rpow__(3))
print(Decimal('NaN').__bool__(), bool(Decimal('0E-5')), Decimal('-0') == 0, abs(Decimal('-1E+2')))
print(Decimal('1e3') + 0, +Decimal('1e3'), Decimal('1e3').normalize(), Decimal(1000).normalize(), Decimal('1e3').to_integral())
