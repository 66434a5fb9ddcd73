# Float results that flow across jumps: a temporary left unboxed must still be boxed where
# any later instruction reads it (after a conditional expression, a short-circuit, a
# comparison chain, a loop's back edge, into an exception handler), and only there.


def conditional(xs, flag):
    t = 0.0
    for x in xs:
        t += (x * 1.5) if flag else (x / 4.0)
        t -= x * 0.25 if x > 2.0 else x + 0.5
    return t


def short_circuit(xs):
    out = []
    for x in xs:
        out.append((x * 2.0) or (x + 1.0))
        out.append(x - x and x * 3.0)
    return out


def chained(xs):
    n = 0
    for x in xs:
        if 0.5 < x * 0.5 < 2.5 * 1.0:
            n += 1
    return n


def nested_loops(n):
    s = 0.0
    for i in range(n):
        p = i * 0.5
        for j in range(n):
            s += p * j * 0.25
        s -= p / (i + 1.0)
    return s


def in_handler(xs):
    total = 0.0
    for x in xs:
        y = x * 2.0
        try:
            total += y / (x - 2.0)
        except ZeroDivisionError:
            total += y * 100.0
    return total


def while_condition(x):
    steps = 0
    while x * 0.5 > 1.0:
        x = x * 0.75 - 0.1
        steps += 1
    return steps, x


def comprehension(xs):
    return [x * 0.5 + 1.0 for x in xs if x * 2.0 > 3.0]


def generator_values(xs):
    for x in xs:
        yield x * 1.25
        yield (x - 0.5) * 2.0


xs = [0.5, 1.0, 2.0, 3.0, 4.5, -1.25]
for _ in range(300):
    r = (
        conditional(xs, True),
        conditional(xs, False),
        short_circuit(xs),
        chained(xs),
        nested_loops(6),
        in_handler(xs),
        while_condition(37.0),
        comprehension(xs),
        list(generator_values(xs)),
    )
for item in r:
    print(item)
