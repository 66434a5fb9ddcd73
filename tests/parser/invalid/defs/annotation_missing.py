def f(a:): pass
