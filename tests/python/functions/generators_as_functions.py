def f():
    return 1
    yield
print(type(f()).__name__, list(f()))
def lam_gen():
    return (lambda: (yield 1))()
print(list(lam_gen()))
