class A: pass
class B(A): pass
print(isinstance(B(), A), isinstance(A(), B), issubclass(B, (int, A)), issubclass(A, A), issubclass(bool, (str, int)))
print(isinstance(1, (str, (float, (int,)))), isinstance([], list), isinstance(type, type), isinstance(object, type), issubclass(type, object))
import collections.abc as abc
print(isinstance([], abc.Sequence), isinstance({}, abc.Mapping), isinstance(iter([]), abc.Iterator), issubclass(dict, abc.MutableMapping))
class Duck:
    def __len__(self): return 0
print(isinstance(Duck(), abc.Sized), isinstance(Duck(), abc.Iterable))
