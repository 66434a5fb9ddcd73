# Raising while handling an exception whose __context__ chain already has a cycle does not
# hang (bpo-25782).
def cycle():
    try:
        raise ValueError(1)
    except ValueError as ex:
        ex.__context__ = ex
        raise TypeError(2)

try:
    cycle()
except Exception as e:
    exc = e
print(type(exc).__name__, type(exc.__context__).__name__, exc.__context__.__context__ is exc.__context__)

def cycle2():
    try:
        raise KeyError("a")
    except KeyError as a:
        try:
            raise IndexError("b")
        except IndexError as b:
            a.__context__ = b
            b.__context__ = a
            raise OSError("c")

try:
    cycle2()
except OSError as e:
    c = e
print(type(c.__context__).__name__, type(c.__context__.__context__).__name__)
