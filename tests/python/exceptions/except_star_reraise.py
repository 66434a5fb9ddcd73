try:
    try:
        raise ExceptionGroup('g', [ValueError('v'), KeyError('k')])
    except* ValueError:
        print('handled v, reraise')
        raise
except ExceptionGroup as e:
    print(repr(e))
try:
    try:
        raise ExceptionGroup('g', [ValueError('v')])
    except* ValueError:
        raise TypeError('new')
except (ExceptionGroup, TypeError) as e:
    print(repr(e), repr(e.__context__))
