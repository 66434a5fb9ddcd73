print(issubclass(int, ((str,), (float, (int,)))), isinstance('s', ()), issubclass(int, ()))
class M(type):
    def __subclasscheck__(cls, sub): return sub is str
class V(metaclass=M): pass
print(issubclass(str, V), issubclass(int, V), isinstance('', V), isinstance(1, (V, int)))
