def f():
    a = 1
    b = 2
    l = locals()
    c = 3
    return sorted(l), sorted(locals())
print(f())
def g(x):
    def h(): return x
    return sorted(locals())
print(g(1))
print(sorted(k for k in locals() if not k.startswith('__')) == sorted(k for k in globals() if not k.startswith('__')))
