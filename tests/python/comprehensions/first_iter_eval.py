def src(name, n):
    print('evaluating', name)
    return range(n)
g = (x for x in src('outer', 2) for y in src('inner', 2))
print('generator created')
print(list(g))
r = [x for x in src('list', 2)]
def bad():
    return (x for x in 5)
try:
    bad()
except TypeError as e:
    print('TypeError:', e)
