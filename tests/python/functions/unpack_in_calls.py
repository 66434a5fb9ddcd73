def f(*a, **k): return a, k
args = [1, 2]
kws = {'x': 1}
print(f(0, *args, 3, *args, y=2, **kws))
print(f(*[], **{}), f(*(i for i in range(3))))
print(print(*['a', 'b'], sep='-'), max(*[3, 1, 2]))
