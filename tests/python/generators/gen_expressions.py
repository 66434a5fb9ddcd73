g = (x * x for x in range(5))
print(next(g), next(g), list(g), list(g))
print(sum(x for x in range(10) if x % 2), max((len(w), w) for w in 'a bb ccc'.split()))
def src():
    print('src evaluated')
    return range(3)
ge = (x for x in src())
print('created')
print(list(ge))
try:
    (x for x in 5)
except TypeError as e:
    print('TypeError at creation:', e)
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
