# A generator's __name__/__qualname__ are writable strs; throw() of a class whose
# __new__ returns a non-exception raises TypeError inside the generator.
def func():
    yield 1

gen = func()
print(gen.__name__, gen.__qualname__)
gen.__name__ = "name"
gen.__qualname__ = "qualname"
print(gen.__name__, gen.__qualname__, repr(gen).split(" at ")[0])
for f in (lambda: setattr(gen, "__name__", 123), lambda: setattr(gen, "__qualname__", 1),
          lambda: delattr(gen, "__name__"), lambda: delattr(gen, "__qualname__")):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)

class E(Exception):
    def __new__(cls, *args, **kwargs):
        return cls

def boring():
    yield

g = boring()
try:
    g.throw(E)
except TypeError as e:
    print("TypeError:", str(e).split(" should")[1])
print(next(g, "exhausted"))

def catching():
    try:
        yield 1
    except TypeError as e:
        print("caught inside:", type(e).__name__)
    yield 2

g = catching()
next(g)
print(g.throw(E))
