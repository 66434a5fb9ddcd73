def f(a, b=1, *c, d, e=2, **g):
    'doc'
    x = 1
    return x
print(f.__name__, f.__qualname__, f.__doc__, f.__module__, f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_posonlyargcount)
print(f.__code__.co_varnames, f.__code__.co_name, type(f).__name__, f.__defaults__, f.__kwdefaults__)
f.custom = 'attr'
print(f.custom, f.__dict__)
print(f.__globals__ is globals(), f.__closure__)
lam = lambda: 0
print(lam.__name__, lam.__qualname__)
def outer():
    def inner(): pass
    return inner
print(outer().__qualname__)
