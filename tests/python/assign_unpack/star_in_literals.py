a = [1, 2]
b = (3,)
print([*a, *b, *'cd'], (*a,), {*a, *b}, {**{'x': 1}, 'y': 2, **{'x': 3}}, [*range(3), *{4: 0}])
print(*[1, 2], *'ab', sep=',')
try:
    print(*None)
except TypeError as e:
    print('TypeError:', e)
