# bench-group: numeric
"""Digits of pi with Gibbons' unbounded spigot: big-integer arithmetic."""

from _harness import run

DIGITS = 1500


def pi_digits(count):
    q, r, t, k, n, l = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < count:
        if 4 * q + r - t < n * t:
            out.append(n)
            q, r, t, k, n, l = (
                10 * q, 10 * (r - n * t), t, k, (10 * (3 * q + r)) // t - 10 * n, l)
        else:
            q, r, t, k, n, l = (
                q * k, (2 * q + r) * l, t * l, k + 1, (q * (7 * k + 2) + r * l) // (t * l), l + 2)
    return "".join(str(d) for d in out)


def workload():
    digits = pi_digits(DIGITS)
    return (digits[:20], digits[-20:], sum(int(c) for c in digits))


if __name__ == "__main__":
    run(workload, ('31415926535897932384', '69092721079750930295', 6775))
