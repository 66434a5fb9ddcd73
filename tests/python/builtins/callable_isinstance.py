class A:
    def __call__(self): pass
class B: pass
print(callable(A()), callable(B()), callable(B), callable(print), callable(None), callable(lambda: 0), callable('s'.upper))
print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, float)), isinstance(None, type(None)), isinstance(int, type))
print(issubclass(bool, int), issubclass(int, (str, object)), issubclass(B, object), isinstance([], (list, tuple)))
