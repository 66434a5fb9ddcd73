print('start')
min(())
print('not reached')
