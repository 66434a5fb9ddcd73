# bench-group: language
"""Generators: recursive tree walks with `yield from`, pipelines of generator
expressions, and generators driven by hand with next()."""

from _harness import run

DEPTH = 15


class Tree(object):
    def __init__(self, left, value, right):
        self.left = left
        self.value = value
        self.right = right


def build(lo, hi):
    if lo > hi:
        return None
    mid = (lo + hi) // 2
    return Tree(build(lo, mid - 1), mid, build(mid + 1, hi))


def inorder(node):
    if node is not None:
        yield from inorder(node.left)
        yield node.value
        yield from inorder(node.right)


def counter(limit):
    i = 0
    while i < limit:
        yield i
        i += 1


def evens(source):
    for x in source:
        if x % 2 == 0:
            yield x


def squares(source):
    for x in source:
        yield x * x


def workload():
    tree = build(0, 2 ** DEPTH - 1)
    walked = 0
    for v in inorder(tree):
        walked += v
    piped = sum(squares(evens(counter(200000))))
    expr = sum(x * 3 for x in range(200000) if x % 3 == 1)
    g = counter(100000)
    manual = 0
    while True:
        try:
            manual += next(g)
        except StopIteration:
            break
    return (walked, piped, expr, manual)


if __name__ == "__main__":
    run(workload, (536854528, 1333313333400000, 20000100000, 4999950000))
