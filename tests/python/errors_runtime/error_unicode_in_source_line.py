café = None
print('start')
print(café.upper(), 'naïve')
print('not reached')
