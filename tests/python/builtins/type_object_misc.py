print(type(1), type('a'), type(None), type(type), type([]).__name__, type(lambda: 0).__name__, type(print).__name__)
print(object().__class__.__name__, id(1) == id(1), isinstance(id(object()), int))
print(len(dir(object)) > 10, object.__doc__ is not None, type.__name__)
print(bool(), int(), float(), str(), list(), dict(), set(), tuple(), frozenset(), complex(), bytes(), bytearray())
