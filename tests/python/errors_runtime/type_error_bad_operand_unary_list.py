print('start')
-[1]
print('not reached')
