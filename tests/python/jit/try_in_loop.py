# Exceptions caught inside hot loops: handlers, finally blocks and with statements.
class CM:
    def __init__(self):
        self.entered = 0
        self.exited = 0
    def __enter__(self):
        self.entered += 1
        return self
    def __exit__(self, *exc):
        self.exited += 1
        return exc[0] is KeyError

def run(n):
    cm = CM()
    d = {}
    hits = misses = fin = 0
    for i in range(n):
        try:
            d[i % 10] += 1
            hits += 1
        except KeyError:
            d[i % 10] = 1
            misses += 1
        finally:
            fin += 1
        with cm:
            if i % 100 == 0:
                raise KeyError(i)
    return hits, misses, fin, cm.entered, cm.exited, sorted(d.items())[:3]

print(run(1000))

def nested(n):
    out = []
    for i in range(n):
        try:
            try:
                if i % 3 == 0:
                    raise ValueError(i)
                out.append(i)
            except ValueError as e:
                raise TypeError(str(e)) from e
        except TypeError as e:
            out.append(-int(str(e)))
            if e.__cause__ is None:
                out.append("lost cause")
    return sum(out), len(out)

print(nested(900))
