a, b, c = {1}, {1, 2}, {1, 2, 3}
print(a < b < c, c > b > a, a <= a, a < a, b == {2, 1}, b != c)
print({1, 2} < {1, 3}, {1, 2} > {1, 3}, {1, 2} <= {1, 3}, sorted([{3}, {1}, {2}], key=min))
print(set([1, 2]) == frozenset([2, 1]), {(1, 2), (1, 2)}, len({1, 1.0, True, 'a', 'a'}))
