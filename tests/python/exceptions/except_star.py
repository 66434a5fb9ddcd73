try:
    raise ExceptionGroup('eg', [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as g:
    print('ValueError group', repr(g), g.exceptions)
except* TypeError as g:
    print('TypeError group', repr(g))
try:
    try:
        raise ExceptionGroup('eg', [KeyError('k'), OSError('o')])
    except* KeyError:
        print('handled KeyError')
except ExceptionGroup as rest:
    print('rest', repr(rest))
try:
    raise ValueError('naked')
except* ValueError as g:
    print('naked wrapped', repr(g))
