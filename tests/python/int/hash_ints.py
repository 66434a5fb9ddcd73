for n in (0, 1, -1, -2, 2**61 - 1, 2**61, 2**61 + 5, -(2**61), 2**100, -(2**100), 10**30):
    print(n, hash(n))
print(hash(1) == hash(1.0) == hash(True))
print(hash(2**61 - 1) == hash(0))
