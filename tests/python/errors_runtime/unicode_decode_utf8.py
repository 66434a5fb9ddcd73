print('start')
b'\xc3'.decode('utf-8')
print('not reached')
