print(1 << 0, 1 << 64, 1 << 200, -1 << 70)
print((2**200) >> 199, (-(2**200)) >> 199, -1 >> 1000, 1 >> 1000)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 >> -5
except ValueError as e:
    print(type(e).__name__, e)
print(0 << 10**6)
print(True << 3, False >> 2, True & 3)
