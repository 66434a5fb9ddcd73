# bench-group: numeric
"""SciMark-style successive over-relaxation on a 2-D grid."""

from _harness import run

N = 100
CYCLES = 40
OMEGA = 1.25


class Random(object):
    """A small linear congruential generator, identical on every implementation."""

    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state / 2147483648.0


def sor(grid, omega, cycles):
    n = len(grid)
    m = len(grid[0])
    quarter = omega * 0.25
    keep = 1.0 - omega
    for _ in range(cycles):
        for i in range(1, n - 1):
            above = grid[i - 1]
            row = grid[i]
            below = grid[i + 1]
            for j in range(1, m - 1):
                row[j] = quarter * (above[j] + below[j] + row[j - 1] + row[j + 1]) + keep * row[j]


def workload():
    rnd = Random(101010)
    grid = [[rnd.next() for _ in range(N)] for _ in range(N)]
    sor(grid, OMEGA, CYCLES)
    total = 0.0
    for row in grid:
        for x in row:
            total += x
    return total


if __name__ == "__main__":
    run(workload, 4942.6916930464395)
