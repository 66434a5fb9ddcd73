# A Python 2 module used as input by bench/lib2to3_refactor.py.
import math


class Shape(object):
    __metaclass__ = type

    def area(self):
        raise NotImplementedError

    def __nonzero__(self):
        return self.area() > 0


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2


class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


def largest(shapes):
    return reduce(lambda a, b: a if a.area() > b.area() else b, shapes)


def table(shapes):
    rows = map(lambda s: (s.__class__.__name__, s.area()), shapes)
    for i in xrange(len(rows)):
        print i, rows[i]
    return filter(None, shapes)


def octal_mode():
    return 0755, 0L, 10L
