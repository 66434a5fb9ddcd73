print('start')
bytes([300])
print('not reached')
