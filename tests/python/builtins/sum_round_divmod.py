print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 3), sum([[1], [2]], []), sum(range(101)), sum([], start=5))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234, -2), round(0.5), round(1.5), round(10**20 + 0.5))
print(divmod(7, 3), divmod(-7, 3), divmod(7.5, 2), divmod(-7.5, 2), divmod(2**70, 3))
print(pow(2, 8), pow(2, -1), pow(3, 4, 5), abs(-3), abs(-2.5), abs(3 + 4j), abs(True))
try:
    sum(['a'])
except TypeError as e:
    print('TypeError:', e)
print(sum([1.5, 2], 0.5), type(sum([True, True])).__name__, sum((x for x in [1e100, 1, -1e100])))
