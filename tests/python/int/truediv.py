print(7 / 2, -7 / 2, 1 / 3, 2 / 3, 10 / 5)
print(2**100 / 2**99, 2**1000 / 2**999)
print(1 / 2**60, (2**60 + 1) / 2)
print(10**30 / 10**10)
print((10**400 + 1) / 10**399)
try:
    print(10**400 / 3)
except OverflowError as e:
    print("OverflowError", e)
print(3 / 10**400)
print(-1 / 10**400)
print(123456789012345678901234567890 / 1000000)
