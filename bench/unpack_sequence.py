# bench-group: language
"""Unpacking sequences: tuples and lists into names, starred targets, swaps,
and unpacking in for-loop targets."""

from _harness import run

LOOPS = 150000


def workload():
    t = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
    lst = [10, 9, 8, 7, 6, 5, 4, 3, 2, 1]
    total = 0
    for _ in range(LOOPS):
        a, b, c, d, e, f, g, h, i, j = t
        total += a + j
        a, b, c, d, e, f, g, h, i, j = lst
        total += b - i
        first, *middle, last = t
        total += len(middle) + first + last
        a, b = b, a
        a, b, c = c, a, b
        total += a - b
    pairs = [(i, i * 2) for i in range(2000)]
    for x, y in pairs:
        total += y - x
    nested = [((i, i + 1), [i + 2, i + 3]) for i in range(2000)]
    for (p, q), [r, s] in nested:
        total += p + q - r + s
    return total


if __name__ == "__main__":
    run(workload, 11401000)
