n = 5
print('start')
for i in n: pass
print('not reached')
