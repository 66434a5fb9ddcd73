g = (i for i in range(3))
print('start')
len(g)
print('not reached')
