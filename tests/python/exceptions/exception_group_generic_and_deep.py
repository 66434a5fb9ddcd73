# ExceptionGroup[E] is a GenericAlias; split/subgroup count each nested group against the
# recursion limit (Py_EnterRecursiveCall), so a 2000-deep group raises RecursionError.
import types
for cls in (BaseExceptionGroup, ExceptionGroup):
    a = cls[ValueError]
    print(a, type(a) is types.GenericAlias, a.__origin__, a.__args__)
print('__class_getitem__' in BaseExceptionGroup.__dict__)
def deep(n):
    e = TypeError(1)
    for i in range(n):
        e = ExceptionGroup('eg', [e])
    return e
for meth in ("split", "subgroup"):
    try:
        getattr(deep(2000), meth)(TypeError)
    except RecursionError as ex:
        print(meth, "RecursionError", ex)
m, r = deep(50).split(TypeError)
print(r, repr(m)[:40])
print(deep(50).subgroup(ValueError))
