handler = None
print('start')
handler()
print('not reached')
