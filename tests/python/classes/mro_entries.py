class Fake:
    def __mro_entries__(self, bases):
        print('__mro_entries__', bases)
        return (dict,)
class D(Fake()):
    pass
print(D.__bases__, D.__orig_bases__ if hasattr(D, '__orig_bases__') else None, D.__mro__)
print(D(a=1))
