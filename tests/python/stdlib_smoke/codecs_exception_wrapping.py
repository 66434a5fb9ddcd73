# Exceptions a codec raises are re-raised with the codec named ("encoding with 'x' codec
# failed (RuntimeError: ...)", caused by the original) when they can be remade from their
# message; text-only entry points refuse non-text codecs; codecs return 2-tuples.
import codecs
def search(name):
    if name.startswith('boom'):
        def enc(*a):
            raise CURRENT
        return codecs.CodecInfo(enc, enc, name=name)
codecs.register(search)
class Slots(RuntimeError):
    __slots__ = ()
class SlotsA(RuntimeError):
    __slots__ = ('a',)
class Plain(RuntimeError):
    pass
class Init(RuntimeError):
    def __init__(self, *a): super().__init__(*a)
class Outer:
    class Inner(ValueError): pass
e_attr = RuntimeError('x'); e_attr.attr = 1
cases = [RuntimeError, RuntimeError('msg'), RuntimeError(1), RuntimeError('a', 'b'), Slots('s'),
         SlotsA('s'), Plain('p'), Init('i'), Outer.Inner('q'), e_attr, KeyError('k'), OSError('o'),
         StopIteration('s'), AttributeError('a'), NameError('n'), UnicodeEncodeError('ascii', 'x', 0, 1, 'r'),
         ValueError(), TypeError('t'), SystemExit('x'), KeyboardInterrupt('k'), ZeroDivisionError('z'), LookupError('l'),
         Exception('e'), BaseException('b'), ImportError('i'), SyntaxError('s'), MemoryError('m'), RecursionError('r')]
for c in cases:
    CURRENT = c
    for how in ('str.encode', 'codecs.encode', 'bytes.decode', 'codecs.decode'):
        try:
            if how == 'str.encode': 'x'.encode('boom')
            elif how == 'codecs.encode': codecs.encode('x', 'boom-x')
            elif how == 'bytes.decode': b'x'.decode('boom')
            else: codecs.decode(b'x', 'boom')
        except BaseException as e:
            print(how, type(e).__name__, repr(str(e)), type(e.__cause__).__name__, e.__suppress_context__, type(e.__context__).__name__, e is c, e.__cause__ is c if e.__cause__ else '')
def search2(name):
    if name == 'badtuple':
        return codecs.CodecInfo(lambda *a: 5, lambda *a: (1, 2, 3), name=name)
codecs.register(search2)
for f in (lambda: 'x'.encode('rot13'), lambda: b'x'.decode('hex'), lambda: b'x'.decode('rot13'),
          lambda: codecs.encode('x', 'badtuple'), lambda: codecs.decode(b'x', 'badtuple'),
          lambda: 'x'.encode('badtuple'), lambda: b'x'.decode('badtuple'),
          lambda: codecs.encode(b'x'), lambda: codecs.decode('x'), lambda: codecs.decode(b'x', encoding=None),
          lambda: codecs.encode('x', 'no-such-codec')):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e, repr(e.__cause__))
print(codecs.encode('abc', 'rot13'), codecs.decode(b'616263', 'hex'))
CURRENT = RuntimeError('shown with its cause')
b'x'.decode('boom')
