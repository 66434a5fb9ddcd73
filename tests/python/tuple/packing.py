def f():
    return 1, 2, 3
r = f()
print(r, type(r).__name__)
a, b, c = r
print(a, b, c)
t = 1,
print(t, len(t))
s = ()
print(s, not s, len(s))
print((1, 2) + (3,), tuple(), (*r, *'ab'), [*r], {*r})
