class A: pass
a = A()
print('start')
del a.x
print('not reached')
