# bench-group: numeric
"""SciMark-style sparse matrix times vector in compressed-row storage."""

from _harness import run

N = 1000
NONZEROS = 5000
CYCLES = 200


class Random(object):
    """A small linear congruential generator, identical on every implementation."""

    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state / 2147483648.0


def build(rnd):
    per_row = NONZEROS // N
    values = []
    columns = []
    row_start = [0]
    for r in range(N):
        step = r // per_row if r >= per_row else 1
        if step < 1:
            step = 1
        for i in range(per_row):
            columns.append((i * step) % N)
            values.append(rnd.next())
        row_start.append(len(values))
    return values, columns, row_start


def matmult(y, values, row_start, columns, x, cycles):
    n = len(row_start) - 1
    for _ in range(cycles):
        for r in range(n):
            s = 0.0
            for i in range(row_start[r], row_start[r + 1]):
                s += x[columns[i]] * values[i]
            y[r] = s


def workload():
    rnd = Random(7)
    x = [rnd.next() for _ in range(N)]
    y = [0.0] * N
    values, columns, row_start = build(rnd)
    matmult(y, values, row_start, columns, x, CYCLES)
    return sum(y)


if __name__ == "__main__":
    run(workload, 1299.4382729648828)
