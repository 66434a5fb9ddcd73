# bench-group: object
"""Go: a 9x9 board with captures, ko and suicide rules; moves chosen by
Monte Carlo playouts with UCB1 selection at the root."""

import math

from _harness import run

SIZE = 9
WIDTH = SIZE + 2
EMPTY, BLACK, WHITE, BORDER = 0, 1, 2, 3
KOMI = 7.5
PLAYOUTS = 12
CANDIDATES = 6


class Random(object):
    """A small linear congruential generator, identical on every implementation."""

    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % n


class Board(object):
    def __init__(self):
        self.cells = [BORDER] * (WIDTH * WIDTH)
        for y in range(1, SIZE + 1):
            for x in range(1, SIZE + 1):
                self.cells[y * WIDTH + x] = EMPTY
        self.offsets = (1, -1, WIDTH, -WIDTH)
        self.ko = -1
        self.to_move = BLACK
        self.passes = 0
        self.moves = 0

    def copy(self):
        b = Board.__new__(Board)
        b.cells = self.cells[:]
        b.offsets = self.offsets
        b.ko = self.ko
        b.to_move = self.to_move
        b.passes = self.passes
        b.moves = self.moves
        return b

    def empties(self):
        cells = self.cells
        return [p for p in range(len(cells)) if cells[p] == EMPTY]

    def group(self, pos):
        cells = self.cells
        color = cells[pos]
        stones = [pos]
        seen = {pos}
        liberties = set()
        i = 0
        while i < len(stones):
            p = stones[i]
            i += 1
            for d in self.offsets:
                q = p + d
                c = cells[q]
                if c == EMPTY:
                    liberties.add(q)
                elif c == color and q not in seen:
                    seen.add(q)
                    stones.append(q)
        return stones, liberties

    def is_eye(self, pos, color):
        cells = self.cells
        for d in self.offsets:
            c = cells[pos + d]
            if c != color and c != BORDER:
                return False
        return True

    def play(self, pos):
        """Play for the side to move; return False (board unchanged) if illegal."""
        if pos == self.ko or self.cells[pos] != EMPTY:
            return False
        color = self.to_move
        enemy = WHITE if color == BLACK else BLACK
        cells = self.cells
        cells[pos] = color
        captured = []
        for d in self.offsets:
            q = pos + d
            if cells[q] == enemy:
                stones, libs = self.group(q)
                if not libs:
                    for s in stones:
                        cells[s] = EMPTY
                    captured.extend(stones)
        stones, libs = self.group(pos)
        if not libs:
            cells[pos] = EMPTY
            return False
        self.ko = captured[0] if len(captured) == 1 and len(stones) == 1 else -1
        self.to_move = enemy
        self.passes = 0
        self.moves += 1
        return True

    def pass_move(self):
        self.to_move = WHITE if self.to_move == BLACK else BLACK
        self.passes += 1
        self.ko = -1

    def score(self):
        """Area score for black minus white (komi included)."""
        cells = self.cells
        black = white = 0
        for p in range(len(cells)):
            c = cells[p]
            if c == BLACK:
                black += 1
            elif c == WHITE:
                white += 1
            elif c == EMPTY:
                near = set(cells[p + d] for d in self.offsets)
                near.discard(BORDER)
                near.discard(EMPTY)
                if near == {BLACK}:
                    black += 1
                elif near == {WHITE}:
                    white += 1
        return black - white - KOMI


def random_move(board, rnd):
    candidates = board.empties()
    while candidates:
        i = rnd.below(len(candidates))
        pos = candidates[i]
        candidates[i] = candidates[-1]
        candidates.pop()
        if board.is_eye(pos, board.to_move):
            continue
        if board.play(pos):
            return pos
    board.pass_move()
    return -1


def playout(board, rnd):
    while board.passes < 2 and board.moves < 180:
        random_move(board, rnd)
    return board.score()


def choose_move(board, rnd, playouts):
    color = board.to_move
    legal = [p for p in board.empties() if not board.is_eye(p, color)]
    moves = []
    while legal and len(moves) < CANDIDATES:
        i = rnd.below(len(legal))
        moves.append(legal[i])
        legal[i] = legal[-1]
        legal.pop()
    wins = [0.0] * len(moves)
    visits = [0] * len(moves)
    for n in range(playouts):
        best = 0
        best_value = -1.0
        for i in range(len(moves)):
            if visits[i] == 0:
                best = i
                break
            value = wins[i] / visits[i] + math.sqrt(2.0 * math.log(n + 1) / visits[i])
            if value > best_value:
                best_value = value
                best = i
        trial = board.copy()
        if not trial.play(moves[best]):
            visits[best] += 1
            continue
        s = playout(trial, rnd)
        won = (s > 0) == (color == BLACK)
        visits[best] += 1
        wins[best] += 1.0 if won else 0.0
    top = 0
    for i in range(len(moves)):
        if visits[i] > visits[top]:
            top = i
    return moves[top]


def workload():
    rnd = Random(42)
    board = Board()
    history = []
    for _ in range(2):
        move = choose_move(board, rnd, PLAYOUTS)
        board.play(move)
        history.append(move)
    final = board.copy()
    result = playout(final, rnd)
    return (history, result)


if __name__ == "__main__":
    run(workload, ([67, 28], 17.5))
