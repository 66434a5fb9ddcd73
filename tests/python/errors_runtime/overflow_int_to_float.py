print('start')
float(10 ** 400)
print('not reached')
