import itertools as it
print(list(it.islice(it.count(10, 3), 5)), list(it.islice(it.cycle('ab'), 5)), list(it.repeat('x', 3)))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], lambda a, b: a * b, initial=10)))
print(list(it.chain('ab', [1])), list(it.chain.from_iterable(['xy', 'z'])), list(it.compress('abcd', [1, 0, 1, 0])))
print(list(it.dropwhile(lambda v: v < 3, [1, 4, 1])), list(it.takewhile(lambda v: v < 3, [1, 2, 4, 1])), list(it.filterfalse(None, [0, 1, 0, 2])))
print([(k, list(g)) for k, g in it.groupby('aabbbc')], list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.zip_longest('ab', 'xyz', fillvalue='-')))
print(list(it.pairwise('abcd')), list(it.tee([1, 2])[1]))
