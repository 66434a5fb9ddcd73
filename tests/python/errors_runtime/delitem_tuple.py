t = (1,)
print('start')
del t[0]
print('not reached')
