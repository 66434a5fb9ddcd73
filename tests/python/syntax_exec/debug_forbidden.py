# No binding of any kind may be made to __debug__: assignments, augmented ones (also of a
# function's local), imports, definitions, handlers, pattern captures; loads are fine.
for s in ['x.__debug__ += 1', '__debug__ += 1', 'def f():\n    __debug__ += 1', 'def f():\n    __debug__ = 1',
          'x[__debug__] += 1', 'for __debug__ in []: pass', 'import __debug__', 'import __debug__.a',
          'import a.b as __debug__', 'from a import __debug__', 'from a import b as __debug__',
          'with a as __debug__: pass', 'class __debug__: pass', 'def __debug__(): pass',
          'async def __debug__(): pass', 'import a as __debug__', 'global __debug__', 'lambda __debug__: 0',
          'try:\n    pass\nexcept E as __debug__:\n    pass', 'match x:\n    case __debug__: pass',
          'match x:\n    case [__debug__]: pass', 'match x:\n    case {**__debug__}: pass',
          '[__debug__ for __debug__ in y]', 'def f(*, __debug__): pass', 'f(__debug__=1)',
          'nonlocal __debug__', 'match x:\n    case [*__debug__]: pass', 'match x:\n    case (1 as __debug__) | 2: pass',
          'match x:\n    case C(a=__debug__): pass', '__debug__: int', 'x = __debug__ = 1', 'del __debug__', 'print(__debug__)']:
    try:
        compile(s, 's', 'exec')
        print(repr(s), 'ok')
    except SyntaxError as e:
        print(repr(s), '|', e.msg, e.lineno, e.offset)
