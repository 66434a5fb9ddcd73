# __import__ resolving a relative import's package as import.c's resolve_name does: __package__,
# __spec__.parent, else __name__/__path__ with an ImportWarning; messages quote names with repr.
import warnings
def imp(*a, **k):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try: r = __import__(*a, **k); print("->", r.__name__)
        except Exception as e: print(type(e).__name__, e)
    for x in w: print("  ", x.category.__name__, x.message, x.filename == __file__)
imp('', {'__package__': None, '__spec__': None, '__name__': '__main__'}, {}, ('foo',), 1)
imp('', {'__name__': '__main__'}, {}, ('foo',), 1)
imp('x', {'__name__': 'a.b'}, {}, ('foo',), 1)
imp('x', {'__name__': 'a.b', '__path__': []}, {}, ('foo',), 3)
imp('x', {'__name__': 5}, {}, ('foo',), 1)
imp('x', {}, {}, ('foo',), 1)
imp('x', {'__package__': 5}, {}, ('foo',), 1)
class Spec: parent = 'nope'
imp('x', {'__package__': 'pkg', '__spec__': Spec()}, {}, ('foo',), 1)
class Spec2: parent = 7
imp('x', {'__spec__': Spec2()}, {}, ('foo',), 1)
imp('x', [], {}, ('foo',), 1)
imp('x', None, {}, ('foo',), 1)
imp('string\x00')
imp('')
imp('sys', level=-1)
imp("a'b")
imp("sys.x'")
