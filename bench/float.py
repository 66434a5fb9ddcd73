# bench-group: numeric
"""Float objects: many short-lived points, normalised and reduced."""

from math import cos, sin, sqrt

from _harness import run

POINTS = 100000


class Point(object):
    def __init__(self, i):
        self.x = x = sin(i)
        self.y = cos(i) * 3
        self.z = (x * x) / 2

    def normalize(self):
        norm = sqrt(self.x * self.x + self.y * self.y + self.z * self.z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


def workload():
    points = [Point(i) for i in range(POINTS)]
    for p in points:
        p.normalize()
    best = points[0]
    for p in points[1:]:
        best = best.maximize(p)
    return (best.x, best.y, best.z)


if __name__ == "__main__":
    run(workload, (0.8944271890997864, 1.0, 0.4472135954456972))
