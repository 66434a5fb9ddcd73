# bench-group: object
"""Hexiom-style puzzle: place numbered tiles on a hexagonal board so that every
tile's number equals the count of its occupied neighbours.  The puzzles are
generated from a known layout and every solution is enumerated."""

from _harness import run

RADIUS = 2


class Random(object):
    """A small linear congruential generator, identical on every implementation."""

    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % n


class HexBoard(object):
    def __init__(self, radius):
        self.cells = []
        index = {}
        for q in range(-radius, radius + 1):
            for r in range(-radius, radius + 1):
                if abs(q + r) <= radius:
                    index[(q, r)] = len(self.cells)
                    self.cells.append((q, r))
        self.neighbours = []
        for (q, r) in self.cells:
            near = []
            for dq, dr in ((1, 0), (-1, 0), (0, 1), (0, -1), (1, -1), (-1, 1)):
                other = index.get((q + dq, r + dr))
                if other is not None:
                    near.append(other)
            self.neighbours.append(near)


class Solver(object):
    def __init__(self, board, tiles):
        self.board = board
        self.n = len(board.cells)
        self.counts = [0] * 7
        for t in tiles:
            self.counts[t] += 1
        self.empties_left = self.n - len(tiles)
        self.state = [None] * self.n  # None: undecided, -1: empty, else tile number
        self.solutions = []

    def consistent(self, cell):
        """Check the constraints of `cell` and its neighbours after deciding it."""
        state = self.state
        for c in [cell] + self.board.neighbours[cell]:
            v = state[c]
            if v is None or v < 0:
                continue
            occupied = undecided = 0
            for d in self.board.neighbours[c]:
                s = state[d]
                if s is None:
                    undecided += 1
                elif s >= 0:
                    occupied += 1
            if occupied > v or occupied + undecided < v:
                return False
        return True

    def solve(self, cell):
        if cell == self.n:
            self.solutions.append(tuple(self.state))
            return
        state = self.state
        if self.empties_left > 0:
            state[cell] = -1
            self.empties_left -= 1
            if self.consistent(cell):
                self.solve(cell + 1)
            self.empties_left += 1
        for v in range(7):
            if self.counts[v] == 0 or v > len(self.board.neighbours[cell]):
                continue
            state[cell] = v
            self.counts[v] -= 1
            if self.consistent(cell):
                self.solve(cell + 1)
            self.counts[v] += 1
        state[cell] = None


def make_puzzle(board, rnd, tiles):
    occupied = set()
    while len(occupied) < tiles:
        occupied.add(rnd.below(len(board.cells)))
    numbers = []
    for c in sorted(occupied):
        numbers.append(sum(1 for d in board.neighbours[c] if d in occupied))
    return numbers


def workload():
    board = HexBoard(RADIUS)
    rnd = Random(99)
    found = []
    for tiles in (14, 16):
        numbers = make_puzzle(board, rnd, tiles)
        solver = Solver(board, numbers)
        solver.solve(0)
        found.append((len(solver.solutions), solver.solutions[0]))
    return found


if __name__ == "__main__":
    run(workload, [(18, (-1, 1, 2, 1, -1, -1, 3, 2, -1, 3, 5, 3, 3, 5, 5, 3, 3, 3, -1)), (12, (-1, 2, 2, 3, 4, -1, 3, 3, 6, 4, 4, 3, 4, 5, -1, 3, 3, 3, 2))])
