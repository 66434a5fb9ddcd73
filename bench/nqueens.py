# bench-group: object
"""N-queens: all solutions by backtracking with sets, and by permutations."""

from _harness import run

N = 8


def solve_backtracking(n):
    solutions = []
    cols = set()
    diag1 = set()
    diag2 = set()
    placement = []

    def place(row):
        if row == n:
            solutions.append(tuple(placement))
            return
        for col in range(n):
            if col in cols or (row + col) in diag1 or (row - col) in diag2:
                continue
            cols.add(col)
            diag1.add(row + col)
            diag2.add(row - col)
            placement.append(col)
            place(row + 1)
            placement.pop()
            cols.remove(col)
            diag1.remove(row + col)
            diag2.remove(row - col)

    place(0)
    return solutions


def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for tail in permutations(rest):
            yield [items[i]] + tail


def solve_permutations(n):
    found = []
    for p in permutations(list(range(n))):
        if len(set(p[i] + i for i in range(n))) == n and len(set(p[i] - i for i in range(n))) == n:
            found.append(tuple(p))
    return found


def workload():
    a = solve_backtracking(N)
    b = solve_permutations(8)
    return (len(a), a[0], a[-1], len(b), b[0])


if __name__ == "__main__":
    run(workload, (92, (0, 4, 7, 5, 2, 6, 1, 3), (7, 3, 0, 2, 5, 1, 6, 4), 92, (0, 4, 7, 5, 2, 6, 1, 3)))
