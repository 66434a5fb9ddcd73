print('start')
len(obj=[])
print('not reached')
