print('start')
raise ValueError((1, 2))
print('not reached')
