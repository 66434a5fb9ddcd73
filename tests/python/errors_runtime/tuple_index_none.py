t = (1,)
print('start')
t[None]
print('not reached')
