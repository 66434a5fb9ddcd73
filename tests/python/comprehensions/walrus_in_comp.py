vals = [1, 2, 3, 4]
print([s for v in vals if (s := v * v) > 4], s)
total = 0
print([total := total + v for v in vals], total)
def f():
    [last := i for i in range(5)]
    return last
print(f())
