class A:
    x = 1
    def __getattr__(self, name):
        print('getattr', name)
        if name.startswith('dyn'):
            return name.upper()
        raise AttributeError(f'no {name}')
a = A()
print(a.x, a.dyn_thing, getattr(a, 'dynamo'), hasattr(a, 'other'), getattr(a, 'zz', 'default'))
a.y = 2
print(a.y)
class B:
    @property
    def p(self):
        raise AttributeError('inside property')
    def __getattr__(self, name):
        return f'fallback {name}'
print(B().p)
