d = {}
print('start')
d.iteritems()
print('not reached')
