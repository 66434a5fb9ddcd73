def outer():
    x = 'outer'
    def middle():
        def inner():
            nonlocal x
            x = 'inner set'
        inner()
        return x
    r = middle()
    return r, x
print(outer())
def shadow():
    x = 1
    def f():
        x = 2
        def g():
            nonlocal x
            x += 10
            return x
        return g(), x
    return f(), x
print(shadow())
