print('start')
list(map(lambda s: s.upper(), ['a', 1]))
print('not reached')
