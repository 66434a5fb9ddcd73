class A: pass
a = A()
print('start')
a.count += 1
print('not reached')
