# Built-in types, their methods and classes whose docstring opens with `Name(sig)\n--\n\n`
# carry CPython's __text_signature__, so inspect.signature works on them (and a type
# without one, such as dict, raises ValueError the way CPython does).
import inspect


def show(o):
    try:
        sig = str(inspect.signature(o))
    except ValueError as e:
        sig = "ValueError: " + str(e).split(" at 0x")[0]
    print(repr(o.__text_signature__), sig)


class L(list):
    pass


class Plain:
    pass


class WithInit:
    def __init__(self, a, *, b=2):
        pass


for o in [object, list, tuple, float, complex, property, enumerate, reversed, memoryview]:
    show(o)
for o in [dict, int, str, type, L]:
    show(o)
for o in [dict.get, list.append, [].append, L().append, L.append, {}.pop, str.join]:
    show(o)
for o in [dict.fromkeys, bytes.fromhex, int.from_bytes, (1).to_bytes, float.fromhex]:
    show(o)
for o in [object.__reduce_ex__, object.__format__, object.__dir__, type.mro, object.__sizeof__]:
    show(o)
# CPython's methods without a signature in their docstring keep None.
for o in [object.__init_subclass__, object.__subclasshook__, dict.update]:
    print(repr(o.__text_signature__))
for o in [Plain, WithInit]:
    show(o)


class Sig:
    "Sig(a, b=1)\n--\n\nThe docstring stays whole."


class OtherName:
    "X(a)\n--\n\n"


class NoMarker:
    "NoMarker(a)\nno marker"


class BlankFirst:
    "BlankFirst(a)\n\n--\n\n"


for c in [Sig, OtherName, NoMarker, BlankFirst]:
    print(c.__name__, repr(c.__text_signature__), repr(c.__doc__))
print(inspect.signature(Sig))
Dotted = type("pkg.Dotted", (), {"__doc__": "Dotted(q, /)\n--\n\n"})
print(repr(Dotted.__text_signature__))
# The signature is read from the docstring the class was created with.
Sig.__doc__ = "Sig(z)\n--\n\n"
print(repr(Sig.__text_signature__))
