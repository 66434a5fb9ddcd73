print(sorted([3, -1, 2], key=abs), sorted(['b', 'A', 'c'], key=str.upper), sorted([(1, 'b'), (1, 'a')], reverse=True))
print(sorted([[2], [1, 5], [1]]), sorted('hello'), sorted({3, 1, 2}), sorted({'b': 1, 'a': 2}))
print(sorted([1.5, 1, True, 0, -0.0]), sorted([], key=lambda x: 1/0))
a = [5, 2, 8]
print(a.sort(), a, sorted(a) is a)
print(max([[1, 2], [1, 3]]), min(['b', 'ab']), sorted(range(10), key=lambda x: (x % 3, -x)))
