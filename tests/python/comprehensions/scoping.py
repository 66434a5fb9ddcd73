x = 'outer'
r = [x for x in range(3)]
print(x, r)
y = 10
print([y * i for i in range(3)], {i: y for i in range(2)}, {y + i for i in range(2)}, list(y - i for i in range(2)))
print([(i, j) for i in range(3) for j in range(i)])
print([[j for j in range(i)] for i in range(4)])
def f():
    n = 3
    return [n * k for k in range(n)]
print(f())
