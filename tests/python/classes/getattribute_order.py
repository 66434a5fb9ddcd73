class Logged:
    x = 'class x'
    def __getattribute__(self, name):
        print('__getattribute__', name)
        return super().__getattribute__(name)
    def __getattr__(self, name):
        print('__getattr__', name)
        return f'default for {name}'
l = Logged()
l.y = 'inst y'
print(l.x)
print(l.y)
print(l.zzz)
class Raises:
    def __getattribute__(self, name):
        raise AttributeError(name)
    def __getattr__(self, name):
        return 'recovered ' + name
print(Raises().anything)
