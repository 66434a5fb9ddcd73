def f():
    raise ExceptionGroup('many', [ValueError('v'), TypeError('t'), KeyError('k')])
try:
    f()
except* ValueError:
    print('handled v')
except* TypeError as g:
    raise OSError('from handler')
