from fractions import Fraction as F
print(F(1, 3) + F(1, 6), F(3, 4) * 2, F('0.125'), F(0.5), F(1, 3) ** 2, F(-7, 3) // 1, F(7, 3) % 1)
print(F(1, 3) < 0.34, F(2, 4), repr(F(2, 4)), float(F(1, 3)), F(10, 4).limit_denominator(1), F(3.141592653589793).limit_denominator(1000))
print(sum(F(1, n) for n in range(1, 11)), round(F(7, 2)), round(F(5, 2)), int(F(-7, 2)))
try:
    F(1, 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
