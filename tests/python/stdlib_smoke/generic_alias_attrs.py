# A GenericAlias reads every attribute but its own few from its origin (ga_getattro):
# list[int].append is list.append and list[int].__repr__ is list's. dir() adds its own.
# weakref.ref and async generators are generic classes too.
import types
import weakref

t = list[int]
a = t()
t.append(a, "foo")
print(a, t.__len__(a), t.__repr__, t.__hash__, t.append, t.__class__, t.__origin__)
print(t.__doc__ == list.__doc__, t.__name__, t.__qualname__, t.__module__)
own = {"__origin__", "__args__", "__parameters__", "__unpacked__", "__mro_entries__", "__class__"}
print(own <= set(dir(t)), set(dir(list)) <= set(dir(t)), dir(t) == sorted(dir(t)))
print(sorted(set(dir(t)) - set(dir(list))))
print(dict[str, int].fromkeys("ab"), repr(t), str(t), hash(t) == hash(list[int]))
try:
    t.missing
except AttributeError as e:
    print("AttributeError:", e)

print(weakref.ref[int], weakref.ref[int].__origin__ is weakref.ref, weakref.ref.__dict__["__class_getitem__"])
print(types.AsyncGeneratorType[int, None], "__class_getitem__" in types.GeneratorType.__dict__)
