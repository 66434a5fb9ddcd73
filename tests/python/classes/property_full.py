class Temp:
    def __init__(self): self._c = 0
    @property
    def c(self):
        'celsius'
        return self._c
    @c.setter
    def c(self, v):
        print('setting', v)
        self._c = v
    @c.deleter
    def c(self):
        print('deleting')
        del self._c
    f = property(lambda self: self._c * 9 / 5 + 32)
t = Temp()
t.c = 100
print(t.c, t.f, Temp.c.__doc__, type(Temp.c).__name__)
del t.c
try:
    t.c
except AttributeError as e:
    print('AttributeError:', e)
try:
    t.f = 1
except AttributeError as e:
    print('AttributeError:', e)
try:
    del t.f
except AttributeError as e:
    print('AttributeError:', e)
p = property()
class Q:
    x = p
try:
    Q().x
except AttributeError as e:
    print('AttributeError:', e)
