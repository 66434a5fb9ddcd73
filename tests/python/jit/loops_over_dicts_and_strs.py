# Loops over dicts (keys, values, items) and strs in hot functions: the values, the end,
# and the errors of a dict changed while it is iterated.


def over_dict(d):
    out = []
    for k in d:
        out.append(k)
    for v in d.values():
        out.append(v)
    for k, v in d.items():
        out.append((k, v))
    return out


def over_str(s):
    return [c for c in s] + list(s)


def grow_while_iterating(d):
    try:
        for k in d:
            d[k + "!"] = 0
    except RuntimeError as e:
        return str(e)


def replace_keys_while_iterating(d):
    try:
        for k in list(d) and d:
            del d[k]
            d[k + "?"] = 1
    except RuntimeError as e:
        return str(e)


def count_chars(s):
    n = 0
    for ch in s:
        if ch == "a":
            n += 1
    return n


for i in range(300):
    r1 = over_dict({"a": 1, "b": 2, "c": 3})
    r2 = over_str("héllo \U0001f600 wörld")
    r3 = grow_while_iterating({"x": 1})
    r4 = replace_keys_while_iterating({"x": 1, "y": 2})
    r5 = count_chars("banana" * (i % 3))
print(r1)
print(r2)
print(r3)
print(r4)
print(r5)
print(over_dict({}), over_str(""))

# An iterator advanced by hand, then finished in a loop.
it = iter({"p": 1, "q": 2, "r": 3})
next(it)
print([k for k in it], list(it))
si = iter("abc")
next(si)
print([c for c in si], list(si))

# Views of an object's attributes.
class C:
    pass


c = C()
c.a, c.b = 1, 2
for i in range(300):
    pairs = [(k, v) for k, v in vars(c).items()]
print(pairs)
