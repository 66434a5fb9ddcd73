print('start')
class B(bool): pass
print('not reached')
