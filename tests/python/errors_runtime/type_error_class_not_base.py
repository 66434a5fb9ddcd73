print('start')
class A(5): pass
print('not reached')
