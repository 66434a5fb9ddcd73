s = set()
print('start')
s.pop()
print('not reached')
