from collections import deque
maze = ['S.#.....', '.##.###.', '...#...#', '#.#..#..', '..#.##.#', '.#...#.E']
R, C = len(maze), len(maze[0])
start = next((r, c) for r in range(R) for c in range(C) if maze[r][c] == 'S')
end = next((r, c) for r in range(R) for c in range(C) if maze[r][c] == 'E')
prev = {start: None}; q = deque([start])
while q:
    cur = q.popleft()
    if cur == end: break
    r, c = cur
    for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
        if 0 <= nr < R and 0 <= nc < C and maze[nr][nc] != '#' and (nr, nc) not in prev:
            prev[(nr, nc)] = cur; q.append((nr, nc))
path = []
n = end
while n: path.append(n); n = prev.get(n)
print(len(path) - 1)
grid = [list(row) for row in maze]
for r, c in path[1:-1]: grid[r][c] = '*'
print('\n'.join(''.join(row) for row in grid))
def topo(deps):
    order, seen, temp = [], set(), set()
    def visit(n):
        if n in temp: raise ValueError(f'cycle at {n}')
        if n in seen: return
        temp.add(n)
        for d in deps.get(n, []): visit(d)
        temp.discard(n); seen.add(n); order.append(n)
    for n in sorted(deps): visit(n)
    return order
print(topo({'app': ['lib', 'util'], 'lib': ['util', 'core'], 'util': ['core'], 'core': []}))
try: topo({'a': ['b'], 'b': ['a']})
except ValueError as e: print('ValueError:', e)
