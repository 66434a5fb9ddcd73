s = {1}
print('start')
s.remove(2)
print('not reached')
