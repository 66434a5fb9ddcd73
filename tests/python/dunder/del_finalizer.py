class F:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
a = F(1)
b = F(2)
del a
print('after del a')
b = None
print('after b = None')
def scope():
    c = F(3)
    print('in scope')
scope()
print('after scope')
lst = [F(4), F(5)]
lst.clear()
print('cleared')
d = F(6)
print('end of module')
