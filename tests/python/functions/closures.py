def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c1, c2 = counter(), counter()
print(c1(), c1(), c2(), c1())
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
def make():
    x = 1
    def get(): return x
    x = 2
    return get
print(make()(), make().__closure__[0].cell_contents, make().__code__.co_freevars)
