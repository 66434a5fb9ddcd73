print('start')
(1).real = 2
print('not reached')
