class A:
    def __repr__(self): return repr(self)
print('start')
try:
    repr(A())
except RecursionError as e:
    print(type(e).__name__, e)
raise RecursionError('raised by hand after the real one was caught')
