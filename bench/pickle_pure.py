# bench-group: library
"""Pure-Python pickle: round-trips nested data and instances through
pickle._dumps/_loads (the Python implementation, not the C accelerator)."""

import pickle

from _harness import run


class Point(object):
    def __init__(self, x, y, label):
        self.x = x
        self.y = y
        self.label = label

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y, self.label) == (other.x, other.y, other.label)


def make_data():
    shared = ["shared", 1, 2.5]
    return {
        "ints": list(range(-50, 300)),
        "big": [2 ** 70 + i for i in range(20)],
        "floats": [i / 7.0 for i in range(100)],
        "strings": ["word%d \u00e9" % i for i in range(100)],
        "bytes": [bytes([i % 256]) * (i % 9) for i in range(40)],
        "tuples": [(i, str(i), None, True) for i in range(60)],
        "points": [Point(i, -i, "p%d" % i) for i in range(60)],
        "sets": [frozenset(range(i)) for i in range(10)],
        "shared": [shared, shared],
        "nested": {"a": {"b": {"c": [1, {"d": (2, 3)}]}}},
    }


def workload():
    data = make_data()
    total = 0
    for protocol in (2, 4) * 6:
        blob = pickle._dumps(data, protocol=protocol)
        back = pickle._loads(blob)
        if back != data or back["shared"][0] is not back["shared"][1]:
            return "round trip changed the data"
        total += len(back["ints"]) + len(back["points"]) + len(back)
    return total


if __name__ == "__main__":
    run(workload, 5040)
