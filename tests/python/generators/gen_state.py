import inspect
def g():
    yield 1
it = g()
print(inspect.getgeneratorstate(it), it.gi_running, it.gi_frame is not None)
next(it)
print(inspect.getgeneratorstate(it), it.gi_frame.f_lineno)
try:
    next(it)
except StopIteration:
    pass
print(inspect.getgeneratorstate(it), it.gi_frame)
print(g.__name__, it.__name__, it.__qualname__, type(it).__name__)
def reenter():
    yield next(me)
me = reenter()
try:
    next(me)
except ValueError as e:
    print('ValueError:', e)
