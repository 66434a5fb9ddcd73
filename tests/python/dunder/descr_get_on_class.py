class D:
    def __get__(self, obj, objtype=None):
        return ('get', obj is None, objtype.__name__)
class C:
    d = D()
print(C.d, C().d)
class E:
    def __get__(self, obj, objtype):
        return 'E'
    def __set__(self, obj, v):
        print('set', v)
class F:
    e = E()
f = F()
f.e = 5
print(f.e, F.e)
F.e = 'replaced on class'
print(F.e, f.e)
