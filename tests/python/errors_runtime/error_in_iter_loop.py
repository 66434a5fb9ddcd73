def gen():
    yield 1
    raise KeyError('gen failed')
print('start')
for x in gen(): print(x)
print('not reached')
