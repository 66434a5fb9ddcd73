# bench-group: numeric
"""Mandelbrot set membership over a grid, with complex-free float arithmetic."""

from _harness import run

SIZE = 120
LIMIT = 60


def workload():
    inside = 0
    checksum = 0
    for py in range(SIZE):
        ci = 2.0 * py / SIZE - 1.0
        for px in range(SIZE):
            cr = 2.5 * px / SIZE - 2.0
            zr = zi = 0.0
            n = 0
            while n < LIMIT:
                tr = zr * zr - zi * zi + cr
                zi = 2.0 * zr * zi + ci
                zr = tr
                if zr * zr + zi * zi > 4.0:
                    break
                n += 1
            if n == LIMIT:
                inside += 1
            checksum = (checksum * 31 + n) % 1000000007
    return (inside, checksum)


if __name__ == "__main__":
    run(workload, (4572, 696407565))
