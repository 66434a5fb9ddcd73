def f():
    raise ValueError('v')
try:
    f()
except* ValueError:
    raise
