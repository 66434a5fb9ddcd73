print([x for x in range(20) if x % 2 if x % 3], [x if x % 2 else -x for x in range(6)])
print({k: v for k, v in zip('abc', range(3)) if v}, {c for c in 'mississippi' if c > 'm'} == {'s', 'p'})
print([a + b for a in 'ab' if a != 'b' for b in 'xy' if b != 'x'])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)], [v for row in matrix for v in row if v % 2 == 0])
