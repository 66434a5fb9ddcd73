class DataDesc:
    def __get__(self, obj, t): return 'data-descriptor'
    def __set__(self, obj, v): print('DataDesc.__set__', v)
class NonData:
    def __get__(self, obj, t): return 'non-data'
class C:
    d = DataDesc()
    n = NonData()
    plain = 'class attr'
c = C()
c.__dict__['d'] = 'instance d'
c.__dict__['n'] = 'instance n'
c.__dict__['plain'] = 'instance plain'
print(c.d, c.n, c.plain)
c.d = 5
print(c.__dict__)
del c.__dict__['n']
print(c.n)
class GetOnlySet:
    def __set__(self, obj, v): print('set only', v)
class D:
    g = GetOnlySet()
d = D()
d.g = 1
print(d.g.__class__.__name__)
d.__dict__['g'] = 'in dict'
print(d.g.__class__.__name__)
