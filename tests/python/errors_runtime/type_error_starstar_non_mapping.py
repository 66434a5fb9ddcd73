def f(**k): pass
print('start')
f(**[1])
print('not reached')
