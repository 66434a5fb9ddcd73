d = {1: 1}
print('start')
for k in d: d[k + 1] = 1
print('not reached')
