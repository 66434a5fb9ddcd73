def deco(f): raise RuntimeError('decorator failed')
print('start')
@deco
def g(): pass
print('not reached')
