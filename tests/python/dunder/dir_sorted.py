class A:
    z = 1
    def m(self): pass
class B(A):
    y = 2
b = B()
b.x = 3
print([n for n in dir(b) if not n.startswith('__')])
class D:
    def __dir__(self): return ['b', 'a', 'c']
print(dir(D()))
print([n for n in dir(B) if not n.startswith('__')], 'm' in dir(B))
