class A: pass
print('start')
A.missing
print('not reached')
