print(pow(2, 10), pow(2, -1), pow(-2, -3), pow(0, 0))
print(pow(3, 4, 5), pow(3, 4, -5), pow(-3, 4, 5), pow(-3, 3, 5), pow(-3, 3, -5))
print(pow(3, -1, 7), pow(5, -2, 13), pow(38, -1, 97))
print(pow(2, 10**20, 10**9 + 7))
print(pow(12345678901234567890, 98765, 10**30 + 57))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError:", e)
print(2 ** -2, (-8) ** (1/3) if False else "skip", 0 ** 0, (-1) ** 1001)
print(pow(7, 0, 1), pow(7, 1, 1), pow(-7, 0, 1))
print(10 ** 20, 10 ** -1)
