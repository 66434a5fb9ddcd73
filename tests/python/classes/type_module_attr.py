# `type.__module__` is "builtins": type's own namespace holds the __module__ getset, which
# must not be mistaken for the module name (it showed in repr(type[int])).
print(type.__module__, object.__module__, int.__module__)
print(type[int], type[object] == type[object], repr(type))


class Meta(type):
    pass


class C(metaclass=Meta):
    pass


print(Meta.__module__, C.__module__, type(type.__dict__["__module__"]).__name__)
print(type[C], Meta.__repr__ is type.__repr__)
