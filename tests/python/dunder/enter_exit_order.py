class CM:
    def __init__(self, name): self.name = name
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, t, v, tb):
        print('exit', self.name, t.__name__ if t else None, v)
        return self.name == 'swallow'
with CM('a') as x, CM('b') as y:
    print('body', x, y)
with CM('swallow'):
    raise ValueError('hidden')
try:
    with CM('outer'), CM('swallow'):
        raise KeyError('k')
    print('after')
except KeyError:
    print('not reached')
