print(0.1 + 0.2, 0.3 - 0.1, 0.1 * 3, 1 - 0.9, 3 * 1.1, 1.1 ** 2, 2 ** 0.5, 10 ** -2)
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10, 5e-324 / 2)
print(2.0 ** 1023 * 2 if False else 'skip', (-8.0) ** (1/3))
print(0.0 ** 0, 0.0 ** 0.0, (-1.0) ** 0.5)
try:
    print(2.0 ** 10000)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(0.0 ** -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(abs(-0.0), -0.0 + 0.0, -0.0 - 0.0, 0.0 * -1, -0.0 * -0.0)
print(1.0 / 3 * 3 == 1.0, 0.1 * 10 == 1.0, sum([0.1] * 10))
