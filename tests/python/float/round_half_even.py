for x in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 2.675, 2.665, 0.125, 0.375, 1.0000000000000002, 1e20, 1234.5678):
    print(x, round(x), round(x, 0), round(x, 1), round(x, 2), round(x, -1), round(x, -2))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(2.5, None)).__name__)
print(round(1e300, -300), round(5e-324, 400), round(123.456, -5), round(-0.4), round(-0.0, 1))
