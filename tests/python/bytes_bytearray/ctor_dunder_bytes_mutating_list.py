class OB(bytes): pass
class BS(bytes): pass
def t(f):
    try:
        r = f()
        print(type(r).__name__, r)
    except Exception as e:
        print(type(e).__name__, e)
class S(str):
    def __bytes__(self): return b'abc'
class R:
    def __bytes__(self): return OB(b'xyz')
t(lambda: bytes(S('\u20ac')))
t(lambda: bytes(S('\u20ac'), 'utf-8'))
t(lambda: bytes(S('e'), errors='strict'))
t(lambda: bytes('e', errors='strict'))
t(lambda: bytes(3, errors='strict'))
t(lambda: bytes(3, encoding='utf-8'))
t(lambda: bytes('e'))
t(lambda: bytes(R()))
t(lambda: BS(R()))
t(lambda: bytes(encoding='ascii'))
t(lambda: bytes(errors='x'))
t(lambda: bytearray(S('\u20ac')))
t(lambda: bytearray('e'))
t(lambda: bytearray('e', errors='strict'))
t(lambda: bytearray(3, errors='strict'))
t(lambda: bytearray(3, encoding='utf-8'))
t(lambda: bytearray(encoding='ascii'))
t(lambda: bytearray(errors='x'))
t(lambda: bytearray(R()))
class X:
    def __index__(self):
        a.clear(); return 42
a = [X(), X()]
t(lambda: bytes(a))
a = [X(), X()]
t(lambda: bytearray(a))
class Y:
    def __index__(self):
        if len(a) < 10: a.append(self)
        return 42
a = [Y()]
t(lambda: bytes(a))
a = [Y()]
t(lambda: bytearray(a))
a = [Y()]
t(lambda: bytes(tuple(a)))
