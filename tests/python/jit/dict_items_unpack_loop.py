# `for k, v in d.items()` in hot code: the key and value come straight from the dict's
# entries. The same loop must still see other iterables, dict subclasses, views, mutation
# during iteration and exceptions exactly as the interpreter does.
from collections import OrderedDict


def total(pairs):
    t = 0
    names = []
    for k, v in pairs:
        t += v
        names.append(k)
    return t, names[:3], len(names)


def run_all():
    d = {f"k{i}": i for i in range(50)}
    for _ in range(300):
        r = total(d.items())
    print(r)
    # Other iterables through the same compiled loop.
    print(total([("a", 1), ("b", 2)]))
    print(total({("x", 1): None, ("y", 2): None}))  # keys that are pairs
    print(total(OrderedDict(a=1, b=2).items()))
    print(total(reversed(d.items())))
    print(total(iter(d.items())))

    class D(dict):
        pass

    print(total(D(p=5, q=6).items()))
    print(total(zip("uv", (7, 8))))


def mutate(d):
    seen = []
    for k, v in d.items():
        seen.append((k, v))
        if len(seen) == 2:
            d["new"] = 0
    return seen


def wrong_shape(rows):
    out = 0
    for a, b in rows:
        out += b
    return out


def after_loop(d):
    k = v = None
    for k, v in d.items():
        pass
    return k, v


def gen_items(d):
    for k, v in d.items():
        yield k
        yield v


run_all()
for _ in range(200):
    after_loop({"a": 1, "b": 2})
print(after_loop({"a": 1, "b": 2}), after_loop({}))
for _ in range(200):
    wrong_shape({1: 2, 3: 4}.items())
try:
    wrong_shape([(1, 2), (3, 4, 5)])
except ValueError as e:
    print("ValueError:", e)
try:
    print(wrong_shape({"c": 2}))
except ValueError as e:
    print("ValueError:", e)
for _ in range(200):
    try:
        mutate({"a": 1, "b": 2, "c": 3})
    except RuntimeError as e:
        last = e
print("RuntimeError:", last, "at line", last.__traceback__.tb_next.tb_lineno)
print(list(gen_items({"x": 1, "y": 2})))
d = {i: -i for i in range(5)}
del d[2]
print(total(d.items()))
