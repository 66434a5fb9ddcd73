for ret in (None, 0, 1, '', 'x', [], [0]):
    class CM:
        def __enter__(self): pass
        def __exit__(self, *a): return ret
    try:
        with CM():
            raise ValueError
        print(repr(ret), 'suppressed')
    except ValueError:
        print(repr(ret), 'propagated')
