import itertools as it
print(list(it.product('ab', repeat=2)), len(list(it.product(range(3), range(4)))))
print(list(it.permutations('abc', 2)), list(it.combinations(range(4), 3)), list(it.combinations_with_replacement('ab', 2)))
print(sum(1 for _ in it.permutations(range(6))), next(it.combinations('xyz', 0)))
