print('start')
divmod(1, 0)
print('not reached')
