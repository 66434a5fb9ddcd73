print('start')
def f(a=1/0): pass
print('not reached')
