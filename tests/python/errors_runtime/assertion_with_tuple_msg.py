x = 0
print('start')
assert x, ('a', 1)
print('not reached')
