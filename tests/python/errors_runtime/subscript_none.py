data = None
print('start')
data['key']
print('not reached')
