print(1 + 1.0, type(1 + 1.0).__name__, 2 * 0.5, 3 - 0.5, 7 / 7, type(7 / 7).__name__)
print(True + 0.5, 10**20 + 0.5, 10**20 * 1.0, 2**70 * 1.5)
print(1.0 == 1, 1.0 != 1, 0.5 < 1, 1 < 1.5)
print(divmod(7, 2.5), divmod(-7, 2.5), divmod(7.5, -2))
try:
    10**400 + 1.0
except OverflowError as e:
    print("OverflowError:", e)
try:
    10**400 * 0.5
except OverflowError as e:
    print("OverflowError:", e)
print(10**400 > 1.0, 10**400 == float('inf'))
