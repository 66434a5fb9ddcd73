t = (1,)
print('start')
t.index(2)
print('not reached')
