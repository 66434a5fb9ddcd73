# A naked exception caught by except* is wrapped in ExceptionGroup('', (exc,)): a tuple,
# and without the exception's __cause__ / __context__.
try:
    try:
        raise KeyError('k')
    except KeyError:
        raise ValueError('naked') from OSError('c')
except* ValueError as g:
    print(repr(g), repr(g.__context__), repr(g.__cause__), g.__traceback__ is None)
    print(repr(g.exceptions[0].__cause__), repr(g.exceptions[0].__context__))
try:
    try:
        raise TypeError('t')
    except* ValueError:
        print('not here')
except TypeError as e:
    print('naked passes through', repr(e))
try:
    try:
        raise ExceptionGroup('outer', [ValueError(1), ExceptionGroup('inner', [TypeError(2), ValueError(3)])])
    except* ValueError as g:
        print('caught', repr(g))
        raise
    except* TypeError as g:
        print('caught', repr(g))
        raise RuntimeError('replaced')
except ExceptionGroup as e:
    print(repr(e))
    print(e.message, [repr(x) for x in e.exceptions])
try:
    try:
        raise ValueError('v')
    except* ValueError:
        raise
except Exception as e:
    print(repr(e), e.__traceback__ is not None)
try:
    try:
        raise ValueError('v')
    except* ValueError as g:
        raise g
except Exception as e:
    print(repr(e), e.__traceback__ is not None)
