# bench-group: object
"""Chaos game: an iterated function system (a fern and a Sierpinski carpet)
drawn into a pixel grid by randomly chosen affine maps."""

from _harness import run

POINTS = 60000
GRID = 64


class Random(object):
    """A small linear congruential generator, identical on every implementation."""

    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state / 2147483648.0


class AffineMap(object):
    def __init__(self, a, b, c, d, e, f, weight):
        self.a, self.b, self.c, self.d, self.e, self.f = a, b, c, d, e, f
        self.weight = weight

    def apply(self, point):
        x, y = point
        return (self.a * x + self.b * y + self.e, self.c * x + self.d * y + self.f)


class Fractal(object):
    def __init__(self, maps, bounds):
        self.maps = maps
        total = 0.0
        self.cumulative = []
        for m in maps:
            total += m.weight
            self.cumulative.append(total)
        self.total = total
        self.bounds = bounds

    def choose(self, rnd):
        r = rnd.next() * self.total
        for i, limit in enumerate(self.cumulative):
            if r < limit:
                return self.maps[i]
        return self.maps[-1]

    def draw(self, rnd, points, grid):
        image = [[0] * grid for _ in range(grid)]
        xmin, xmax, ymin, ymax = self.bounds
        point = (0.0, 0.0)
        for i in range(points):
            point = self.choose(rnd).apply(point)
            if i < 20:
                continue
            px = int((point[0] - xmin) / (xmax - xmin) * (grid - 1))
            py = int((point[1] - ymin) / (ymax - ymin) * (grid - 1))
            if 0 <= px < grid and 0 <= py < grid:
                image[py][px] += 1
        return image


def fern():
    return Fractal([
        AffineMap(0.0, 0.0, 0.0, 0.16, 0.0, 0.0, 0.01),
        AffineMap(0.85, 0.04, -0.04, 0.85, 0.0, 1.6, 0.85),
        AffineMap(0.2, -0.26, 0.23, 0.22, 0.0, 1.6, 0.07),
        AffineMap(-0.15, 0.28, 0.26, 0.24, 0.0, 0.44, 0.07),
    ], (-2.5, 2.8, 0.0, 10.0))


def carpet():
    maps = []
    for i in range(3):
        for j in range(3):
            if i == 1 and j == 1:
                continue
            maps.append(AffineMap(1 / 3.0, 0.0, 0.0, 1 / 3.0, i / 3.0, j / 3.0, 1.0))
    return Fractal(maps, (0.0, 1.0, 0.0, 1.0))


def summarize(image):
    lit = 0
    weighted = 0
    for y, row in enumerate(image):
        for x, count in enumerate(row):
            if count:
                lit += 1
                weighted += (x + 1) * (y + 1) * count
    return lit, weighted


def workload():
    rnd = Random(1234)
    a = summarize(fern().draw(rnd, POINTS, GRID))
    b = summarize(carpet().draw(rnd, POINTS // 2, GRID))
    return (a, b)


if __name__ == "__main__":
    run(workload, ((1904, 99012832), (3069, 30708431)))
