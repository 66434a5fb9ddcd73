print('start')
r = None < None
print('not reached')
