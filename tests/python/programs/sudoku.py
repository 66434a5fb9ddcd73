puzzle = '530070000600195000098000060800060003400803001700020006060000280000419005000080079'
grid = [int(c) for c in puzzle]
def ok(g, i, v):
    r, c = divmod(i, 9)
    for k in range(9):
        if g[r * 9 + k] == v or g[k * 9 + c] == v: return False
    br, bc = 3 * (r // 3), 3 * (c // 3)
    for rr in range(br, br + 3):
        for cc in range(bc, bc + 3):
            if g[rr * 9 + cc] == v: return False
    return True
def solve(g):
    try: i = g.index(0)
    except ValueError: return True
    for v in range(1, 10):
        if ok(g, i, v):
            g[i] = v
            if solve(g): return True
            g[i] = 0
    return False
print(solve(grid))
for r in range(9):
    print(' '.join(str(v) for v in grid[r * 9:r * 9 + 9]))
