def f():
    raise ExceptionGroup('outer', [ValueError(1), ExceptionGroup('inner', [KeyError('k'), OSError(2, 'no file')])])
f()
