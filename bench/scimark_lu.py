# bench-group: numeric
"""SciMark-style LU factorisation with partial pivoting, checked by solving."""

from _harness import run

N = 80


class Random(object):
    """A small linear congruential generator, identical on every implementation."""

    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state / 2147483648.0


def lu_factor(a, pivot):
    n = len(a)
    for j in range(n):
        jp = j
        best = abs(a[j][j])
        for i in range(j + 1, n):
            v = abs(a[i][j])
            if v > best:
                jp = i
                best = v
        pivot[j] = jp
        if a[jp][j] == 0.0:
            raise ZeroDivisionError("singular matrix")
        if jp != j:
            a[j], a[jp] = a[jp], a[j]
        if j < n - 1:
            recp = 1.0 / a[j][j]
            for k in range(j + 1, n):
                a[k][j] *= recp
            row_j = a[j]
            for ii in range(j + 1, n):
                row = a[ii]
                f = row[j]
                for jj in range(j + 1, n):
                    row[jj] -= f * row_j[jj]


def lu_solve(lu, pivot, b):
    n = len(lu)
    b = b[:]
    for i in range(n):
        p = pivot[i]
        b[i], b[p] = b[p], b[i]
    for i in range(n):
        s = b[i]
        row = lu[i]
        for j in range(i):
            s -= row[j] * b[j]
        b[i] = s
    for i in range(n - 1, -1, -1):
        s = b[i]
        row = lu[i]
        for j in range(i + 1, n):
            s -= row[j] * b[j]
        b[i] = s / row[i]
    return b


def workload():
    rnd = Random(2024)
    a = [[rnd.next() for _ in range(N)] for _ in range(N)]
    original = [row[:] for row in a]
    x = [float(i % 7) - 3.0 for i in range(N)]
    b = [sum(original[i][j] * x[j] for j in range(N)) for i in range(N)]
    pivot = [0] * N
    for _ in range(5):
        lu = [row[:] for row in original]
        lu_factor(lu, pivot)
    solution = lu_solve(lu, pivot, b)
    error = max(abs(solution[i] - x[i]) for i in range(N))
    return error < 1e-8


if __name__ == "__main__":
    run(workload, True)
