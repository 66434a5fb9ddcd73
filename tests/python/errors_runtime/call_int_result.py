def get(): return 5
print('start')
get()()
print('not reached')
