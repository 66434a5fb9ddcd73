# Built-in special methods carry CPython's slot-wrapper docstrings.
g = (x for x in [])
print(type(g.__next__).__name__, g.__next__.__doc__)
print(type(list.__len__).__name__, list.__len__.__doc__)
print([].__len__.__doc__, object.__init__.__doc__)
print(int.__add__.__doc__, int.__radd__.__doc__, int.__neg__.__doc__, int.__pow__.__doc__)
print(str.__getitem__.__doc__, dict.__setitem__.__doc__, set.__ior__.__doc__, set.__isub__.__doc__)
print(object.__repr__.__doc__, object.__hash__.__doc__, object.__eq__.__doc__)
print(iter([]).__iter__.__doc__, float.__bool__.__doc__, type.__call__.__doc__)
