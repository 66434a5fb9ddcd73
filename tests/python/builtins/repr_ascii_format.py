print(repr('a\nb'), ascii('é😀'), ascii([1, 'ü']), repr(b'\x00'), ascii(b'\xff'), repr(1.0), repr(-0.0))
print(format(3.14159, '.2f'), format(42), format('x', '>3'), format(255, '#x'), format(True), format(None), format([1]))
try:
    format(object(), 'd')
except TypeError as e:
    print('TypeError:', e)
print(repr(repr), repr(print), repr(type(None)), repr(type(...)), repr(type(NotImplemented)))
