print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [3, 2])), list(map(lambda *a: a, 'ab', 'xyz')))
print(list(filter(lambda x: x > 1, [0, 1, 2, 3])), list(filter(None, [0, '', 'a', None, [1]])))
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(range(3))), list(reversed((1, 2))))
m = map(str, [1, 2])
print(next(m), list(m), list(m))
try:
    map()
except TypeError as e:
    print('TypeError:', e)
try:
    list(map(None, [1]))
except TypeError as e:
    print('TypeError:', e)
