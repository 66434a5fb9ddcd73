class Fake:
    def __mro_entries__(self, bases):
        print('__mro_entries__', [type(b).__name__ for b in bases])
        return (dict,)
class D(Fake()):
    pass
print(D.__bases__, type(D.__orig_bases__[0]).__name__, D.__mro__)
print(D(a=1))
