class Guard:
    def __setattr__(self, name, value):
        print('setattr', name, value)
        if name.startswith('_'):
            raise AttributeError(f'private {name}')
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print('delattr', name)
        super().__delattr__(name)
g = Guard()
g.a = 1
try:
    g._b = 2
except AttributeError as e:
    print('AttributeError:', e)
del g.a
try:
    del g.a
except AttributeError as e:
    print('AttributeError:', e)
setattr(g, 'c', 3)
delattr(g, 'c')
print(g.__dict__)
