def f(): pass
print('start')
f[0]
print('not reached')
