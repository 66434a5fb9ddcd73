class C:
    def method(self): return 'method'
c = C()
c.method = 'shadowed'
print(c.method, C.method(c))
del c.method
print(c.method())
class D:
    @property
    def p(self): return 'prop'
d = D()
try:
    d.p = 1
except AttributeError as e:
    print('AttributeError:', e)
d.__dict__['p'] = 'dict'
print(d.p)
