f = lambda: missing_thing
print('start')
f()
print('not reached')
