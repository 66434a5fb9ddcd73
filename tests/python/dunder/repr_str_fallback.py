class R:
    def __repr__(self): return 'R()'
class S:
    def __str__(self): return 'S-str'
class RS(R):
    def __str__(self): return 'RS-str'
print(str(R()), repr(R()), [R()], str(RS()), repr(RS()), [RS()], f'{RS()}', f'{RS()!r}')
print(str(S()) == 'S-str', repr(S()).startswith('<__main__.S object at 0x'))
class BadRepr:
    def __repr__(self): return None
try:
    repr(BadRepr())
except TypeError as e:
    print('TypeError:', e)
class Raiser:
    def __repr__(self): raise ValueError('boom')
try:
    print([Raiser()])
except ValueError as e:
    print('ValueError:', e)
print(repr(R), repr(int), repr(len), repr(None), repr(...), repr(NotImplemented))
