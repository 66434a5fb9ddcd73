"""A sudoku solver: constraint propagation plus depth-first search."""

PUZZLE = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""


class Unsolvable(Exception):
    pass


class Grid:
    def __init__(self, text):
        rows = [line.strip() for line in text.strip().splitlines()]
        if len(rows) != 9 or any(len(r) != 9 for r in rows):
            raise ValueError("a sudoku has 9 rows of 9 cells")
        self.cells = [[0 if ch == "." else int(ch) for ch in row] for row in rows]

    def candidates(self, r, c):
        used = set(self.cells[r])
        used.update(self.cells[i][c] for i in range(9))
        br, bc = 3 * (r // 3), 3 * (c // 3)
        used.update(self.cells[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3))
        return [d for d in range(1, 10) if d not in used]

    def empty_cells(self):
        return [(r, c) for r in range(9) for c in range(9) if self.cells[r][c] == 0]

    def solve(self):
        empty = self.empty_cells()
        if not empty:
            return True
        # Most constrained cell first.
        options = [(self.candidates(r, c), r, c) for r, c in empty]
        options.sort(key=lambda o: len(o[0]))
        choices, r, c = options[0]
        for d in choices:
            self.cells[r][c] = d
            if self.solve():
                return True
        self.cells[r][c] = 0
        return False

    def __str__(self):
        lines = []
        for r, row in enumerate(self.cells):
            if r and r % 3 == 0:
                lines.append("------+-------+------")
            parts = [" ".join(str(d) for d in row[i : i + 3]) for i in (0, 3, 6)]
            lines.append(" | ".join(parts))
        return "\n".join(lines)


def main():
    grid = Grid(PUZZLE)
    print(f"{len(grid.empty_cells())} cells to fill")
    if not grid.solve():
        raise Unsolvable("no solution")
    print(grid)
    for r in range(9):
        assert sorted(grid.cells[r]) == list(range(1, 10)), f"row {r}"
    print("checked: every row holds 1-9")


main()
