# Compiled frames are visible to introspection exactly as interpreted ones.
import sys

def peek():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno, sorted(k for k in f.f_locals if not k.startswith("_"))

def work(n):
    acc = 0
    for i in range(n):
        acc += i
        if i == n - 1:
            seen = peek()
            return acc, seen, locals()["acc"]
    return None

for _ in range(3):
    out = work(300)
print(out)

def uses_locals(n):
    x = 0
    for i in range(n):
        x += i
        snapshot = dict(locals())
    return snapshot

print(sorted(uses_locals(400).items()))

class Base:
    def hello(self):
        return "base"

class Child(Base):
    def hello(self):
        s = ""
        for _ in range(300):
            s = super().hello()
        return s + " child"

print(Child().hello())
