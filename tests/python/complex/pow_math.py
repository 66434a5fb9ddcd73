print((1 + 1j) ** 8, (2j) ** 0.5, (1j) ** 1j, 2 ** 1j)
print((0j) ** 0, (0j) ** 2)
try:
    (0j) ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(pow(1 + 2j, 3), (3 + 4j) ** -1, (-1 + 0j) ** 0.5)
print(abs(3e200 + 4e200j), abs(complex(float('inf'), float('nan'))))
class C(complex):
    pass
c = C(1, 2)
print(c, type(c + 1).__name__, c.real, repr(c))
class H:
    def __complex__(self):
        return 2 + 3j
print(complex(H()))
