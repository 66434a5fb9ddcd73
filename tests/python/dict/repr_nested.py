d = {'a': [1, {'b': (2, 3)}], 1: {2: {3: {}}}, None: 'x', (1,): 1.5}
print(d)
d['self'] = d
print(d)
print(str({}), repr({'é': '😀'}), {1: 'a'}.__repr__())
