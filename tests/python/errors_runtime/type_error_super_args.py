print('start')
super(int, 'x')
print('not reached')
