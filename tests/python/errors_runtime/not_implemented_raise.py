print('start')
raise NotImplementedError
print('not reached')
