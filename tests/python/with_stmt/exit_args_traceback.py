class Inspect:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        print(t, repr(v), type(tb).__name__, tb.tb_lineno if tb else None, v.__traceback__ is tb if v else None)
        return True
with Inspect():
    pass
with Inspect():
    raise IndexError('idx')
with Inspect():
    1 / 0
