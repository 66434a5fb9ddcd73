print('start')
total = sum(10 / x for x in [1, 0])
print('not reached')
