# bench-group: numeric
"""SciMark-style Monte Carlo integration of a quarter circle (estimates pi)."""

from _harness import run

SAMPLES = 150000


class Random(object):
    """A small linear congruential generator, identical on every implementation."""

    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state / 2147483648.0


def integrate(samples):
    rnd = Random(113)
    under = 0
    for _ in range(samples):
        x = rnd.next()
        y = rnd.next()
        if x * x + y * y <= 1.0:
            under += 1
    return under / samples * 4.0


def workload():
    estimate = integrate(SAMPLES)
    if abs(estimate - 3.14159) > 0.01:
        return "bad estimate %r" % estimate
    return estimate


if __name__ == "__main__":
    run(workload, 3.1422666666666665)
