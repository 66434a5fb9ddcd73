class CM:
    pass
c = CM()
c.__enter__ = lambda: 1
c.__exit__ = lambda *a: None
try:
    with c:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
CM.__enter__ = lambda self: 'from class'
CM.__exit__ = lambda self, *a: print('class exit')
with c as v:
    print(v)
