squares = []
for i in range(10):
    squares.append(i * i)
print(squares, squares[::2], sum(squares), [s for s in squares if s % 2])
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print(grid, [row[1] for row in grid], list(zip(*grid)))
flat = [x for row in grid for x in row]
print(flat, flat.index(5), 5 in flat, flat.count(9))
