# isinstance reads __class__ only when the object may report another class, and takes a
# tuple's items without iterating it.
class Proxy:
    def __init__(self, target):
        self._target = target

    @property
    def __class__(self):
        return type(self._target)


p = Proxy([1, 2])
print(isinstance(p, list), isinstance(p, Proxy), isinstance(p, (int, list)), isinstance(p, (int, str)))


class Sneaky:
    def __getattribute__(self, name):
        if name == "__class__":
            return dict
        return object.__getattribute__(self, name)


s = Sneaky()
print(isinstance(s, dict), isinstance(s, Sneaky), isinstance(s, (list, dict)))


class Broken:
    @property
    def __class__(self):
        raise AttributeError("no class")


print(isinstance(Broken(), int), isinstance(Broken(), Broken))


class Raising:
    @property
    def __class__(self):
        raise ValueError("boom")


try:
    isinstance(Raising(), int)
except ValueError as e:
    print("ValueError", e)
print(isinstance(Raising(), Raising))


class Types(tuple):
    def __iter__(self):
        raise RuntimeError("not used by isinstance")


t = Types((int, str))
print(isinstance(3, t), isinstance("x", t), isinstance(3.0, t), issubclass(bool, t), issubclass(float, t))
print(isinstance(3, (float, (str, (int,)))), issubclass(bool, ((), (float, (int,)))))

# A class whose __class__ is assigned is a different type, not a reported one.
class A:
    pass


class B:
    pass


a = A()
a.__class__ = B
print(isinstance(a, A), isinstance(a, B), isinstance(a, (A, B)))

# Changing a class to report another __class__ after instances were checked.
class Late:
    pass


x = Late()
for i in range(50):
    isinstance(x, int)
Late.__getattribute__ = lambda self, n: int if n == "__class__" else object.__getattribute__(self, n)
print(isinstance(x, int), isinstance(x, Late))
del Late.__getattribute__
print(isinstance(x, int), isinstance(x, Late))

try:
    isinstance(1, (int, 5))
except TypeError as e:
    print("TypeError", e)
print(isinstance(1, (int, 5)))
try:
    isinstance(1.5, (int, 5))
except TypeError as e:
    print("TypeError", e)
