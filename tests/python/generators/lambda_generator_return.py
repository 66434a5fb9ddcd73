# A lambda whose body yields returns the body's value, like the equivalent def (bpo-23192).
f = lambda: (yield 1)
def g(): return (yield 1)
f2 = lambda: (yield from g())
def g2(): return (yield from g())
f3 = lambda: (yield from f())
def g3(): return (yield from f())

for gen_fun in (f, g, f2, g2, f3, g3):
    gen = gen_fun()
    print(next(gen), end=" ")
    try:
        gen.send(2)
    except StopIteration as e:
        print(e.value)
print(list((lambda: (yield 5))()))
