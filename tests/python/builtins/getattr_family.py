class C:
    x = 1
c = C()
print(getattr(c, 'x'), getattr(c, 'y', 'dflt'), hasattr(c, 'x'), hasattr(c, 'y'))
setattr(c, 'y', 2)
print(c.y, getattr(c, 'y'))
delattr(c, 'y')
print(hasattr(c, 'y'))
try:
    getattr(c, 'nope')
except AttributeError as e:
    print('AttributeError:', e)
try:
    getattr(c, 5)
except TypeError as e:
    print('TypeError:', e)
setattr(c, 'with space', 3)
print(getattr(c, 'with space'), vars(c))
class P:
    @property
    def bad(self): raise ValueError('not attr error')
try:
    hasattr(P(), 'bad')
except ValueError as e:
    print('hasattr propagates ValueError:', e)
