print(range(0) == range(5, 5), range(0, 10, 2) == range(0, 9, 2), range(1) == range(1), range(3) == [0, 1, 2])
print(range(0, 3, 2) == range(0, 4, 2), hash(range(0)) == hash(range(1, 1)), hash(range(0, 10, 2)) == hash(range(0, 9, 2)))
print(reversed(range(5)).__class__.__name__, list(reversed(range(1, 10, 4))), sorted(range(5), reverse=True))
print(3.0 in range(5), 3.5 in range(5), True in range(2), 'a' in range(2))
