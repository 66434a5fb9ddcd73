import _fails_late
print('not reached')
