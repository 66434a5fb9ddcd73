def f(a, b): pass
class C:
    def m(self, x): pass
    @classmethod
    def cm(cls): pass
for call in (lambda: f(), lambda: f(1, 2, 3), lambda: f(1, c=2), lambda: f(1, 2, a=1), lambda: C().m(), lambda: C().m(1, 2), lambda: C.cm(1), lambda: (lambda: 0)(1), lambda: len(), lambda: len(1, 2), lambda: int(x=1), lambda: sorted([], 1)):
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)
