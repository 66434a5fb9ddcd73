class E(Exception):
    def __init__(self): pass
print(E.__new__(E, 1, 2).args)
class G(ExceptionGroup):
    def __init__(self, m, excs, extra):
        super().__init__(m, excs)
        self.extra = extra
try:
    G('m', [ValueError(1)], 5)
except TypeError as e:
    print(e)
class G2(ExceptionGroup):
    def __new__(cls, m, excs, extra):
        self = super().__new__(cls, m, excs)
        self.extra = extra
        return self
    def __init__(self, m, excs, extra):
        super().__init__(m, excs)
    def derive(self, excs):
        return G2(self.message, excs, self.extra)
g = G2('m', [ValueError(1), TypeError(2)], 5)
print(repr(g), g.args, g.message, g.exceptions, g.extra)
a, b = g.split(ValueError)
print(repr(a), repr(b), a.extra, type(a).__name__)
eg = BaseExceptionGroup('b', (KeyboardInterrupt(), ValueError()))
print(repr(eg), type(eg).__name__, eg.exceptions)
try:
    BaseExceptionGroup('b', 5)
except TypeError as e: print(e)
try:
    BaseExceptionGroup('b')
except TypeError as e: print(e)
try:
    BaseExceptionGroup('b', [ValueError()], x=1)
except TypeError as e: print(e)
try:
    ExceptionGroup('b', [ValueError()]).split(5)
except TypeError as e: print(e)
eg = ExceptionGroup('x', [ValueError(1), ValueError(2)])
eg.add_note('note1')
eg.__cause__ = KeyError('c')
m, r = eg.split(lambda e: e.args[0] == 1 and 1)
print(repr(m), repr(r), m.__notes__, m.__notes__ is eg.__notes__, repr(m.__cause__))
print(eg.split(ExceptionGroup)[0] is eg, eg.subgroup(lambda e: True) is eg)
print(repr(eg.derive((ValueError(9),))))
class BadDerive(ExceptionGroup):
    def derive(self, excs): return 5
try:
    BadDerive('x', [ValueError(), KeyError()]).split(ValueError)
except TypeError as e: print(e)
print(str(ExceptionGroup('msg', [ValueError()])), str(ExceptionGroup('msg', [ValueError(), KeyError()])))
e = ExceptionGroup('m', [ValueError()])
e.args = ('other',)
print(e.message, repr(e), e.exceptions)
class U(BaseExceptionGroup): pass
print(type(U('u', [ValueError()])).__name__, type(U('u', [KeyboardInterrupt()])).__name__)
class V(BaseExceptionGroup, Exception): pass
try: V('v', [KeyboardInterrupt()])
except TypeError as e: print(e)
