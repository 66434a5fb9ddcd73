# Compiled functions called directly reuse the frame of a finished call when nothing can
# see it any more. A frame object made meanwhile (a callee's sys._getframe(), whose f_back
# is the caller's frame) must keep showing that call's frame, and a reused frame must not
# show the locals of an earlier call.
import sys

saved = []


def inner(tag):
    if tag == "keep":
        saved.append(sys._getframe())
    return tag


def outer(tag, x):
    y = x * 2
    r = inner(tag)
    y += 1
    return r, y


def driver(n):
    for i in range(n):
        outer("no", i)


for _ in range(60):
    driver(20)
r = outer("keep", 21)
for _ in range(10):
    driver(20)
f = saved[0]
print(r, f.f_code.co_name, f.f_back.f_code.co_name, sorted(f.f_back.f_locals.items()))


def peek():
    return sorted(sys._getframe(1).f_locals)


def staged(flag, n):
    if flag:
        late = n
    names = peek()
    return names


def stages(flag, n):
    out = None
    for i in range(n):
        out = staged(flag, i)
    return out


for _ in range(60):
    stages(True, 10)
print(stages(True, 3), stages(False, 3))


def recurse(n):
    if n == 0:
        return [sys._getframe(k).f_locals["n"] for k in range(1, 4)]
    m = n * 10
    return recurse(n - 1) + [m]


def recurses(n):
    r = None
    for _ in range(n):
        r = recurse(5)
    return r


for _ in range(60):
    recurses(5)
print(recurses(2))
