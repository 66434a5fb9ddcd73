print('start')
sorted(['b', 'a', None], key=lambda s: s.lower())
print('not reached')
