# bench-group: language
"""String formatting: %-formatting, str.format and f-strings with widths,
precisions, alignment, and conversions."""

from _harness import run

LOOPS = 12000


def workload():
    length = 0
    checksum = 0
    for i in range(LOOPS):
        x = i * 1.5
        name = "item%d" % i
        a = "%s: %5d | %-8s | %08.3f | %x | %r" % (name, i, name[:4], x, i, name)
        b = "{0}: {1:>6} {2:<10}|{3:.2e} {4:+d} {name!r}".format(name, i, "left", x, -i, name=name)
        c = f"{name:^12}|{i:06d}|{x:10.4f}|{i:,}|{i / 7:.3%}"
        d = "-".join([str(i), hex(i), oct(i), bin(i & 255)])
        s = a + b + c + d
        length += len(s)
        checksum = (checksum * 31 + ord(s[i % len(s)])) % 1000000007
    return (length, checksum)


if __name__ == "__main__":
    run(workload, (2233431, 320098236))
