import operator
class H:
    def __length_hint__(self): return 7
print(operator.length_hint(H()), operator.length_hint([1, 2]), operator.length_hint(iter(range(5))), operator.length_hint(5, 3))
it = iter([1, 2, 3])
next(it)
print(it.__length_hint__(), operator.length_hint(reversed([1, 2])))
