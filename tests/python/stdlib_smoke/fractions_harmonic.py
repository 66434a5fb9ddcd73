from fractions import Fraction
h = Fraction(0)
for n in range(1, 21):
    h += Fraction(1, n)
print(h, float(h), h.numerator % 1000, h.denominator.bit_length())
print(Fraction(355, 113) - Fraction(22, 7), abs(Fraction(-3, 9)), Fraction(1, 3).as_integer_ratio())
print(Fraction('3/7') + 1, Fraction(1.1), Fraction('1.1'), Fraction(2, 3) == 2 / 3)
