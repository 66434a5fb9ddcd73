def f():
    def g():
        return y
    g_result = g()
    y = 1
    return g_result
f()
