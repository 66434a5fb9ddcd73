x = None
print('start')
s = f'{x.attr}'
print('not reached')
