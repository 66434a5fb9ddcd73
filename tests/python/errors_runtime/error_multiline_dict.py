print('start')
d = {
    'a': 1,
    'b': 2 / 0,
}
print('not reached')
