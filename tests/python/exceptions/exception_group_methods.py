eg = ExceptionGroup('top', [ValueError('a'), ExceptionGroup('sub', [TypeError('b'), ValueError('c')]), KeyError('d')])
print(repr(eg), str(eg), len(eg.exceptions))
m, rest = eg.split(ValueError)
print(repr(m))
print(repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, (TypeError, KeyError)))))
print(eg.subgroup(OSError))
print(type(BaseExceptionGroup('x', [ValueError()])).__name__, type(BaseExceptionGroup('x', [KeyboardInterrupt()])).__name__)
for bad in (lambda: ExceptionGroup('x', []), lambda: ExceptionGroup('x', [1]), lambda: ExceptionGroup('x', [KeyboardInterrupt()]), lambda: ExceptionGroup(1, [ValueError()])):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
d = eg.derive([ValueError('z')])
print(repr(d))
