class BadExit:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise KeyError('from exit')
try:
    with BadExit():
        raise ValueError('body')
except KeyError as e:
    print(repr(e), repr(e.__context__))
class NoExit:
    def __enter__(self): return 1
try:
    with NoExit():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
class NoEnter:
    def __exit__(self, *a): pass
try:
    with NoEnter():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
