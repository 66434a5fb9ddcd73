for b in (2.0, -2.0, 0.5, -0.5, 0.0, -0.0):
    for e in (2, 3, -1, -2, 0.5, 1.5, 0):
        try:
            r = b ** e
            print(b, e, r)
        except ZeroDivisionError as ex:
            print(b, e, "ZeroDivisionError:", ex)
print(pow(2.0, 3), pow(-8, 1/3), pow(4, 0.5), (-1) ** 0.5)
print(type((-8) ** 0.5).__name__, 1 ** float('nan'), float('nan') ** 0)
