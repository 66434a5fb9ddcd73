s = {1}
print('start')
for k in s: s.add(k + 1)
print('not reached')
