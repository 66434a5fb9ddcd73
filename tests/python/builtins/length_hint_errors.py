# list(), list.extend/+=, tuple(), sorted(), bytes(), bytearray.extend and the `*`
# unpackings ask PyObject_LengthHint to presize: a failing __len__/__length_hint__ (other
# than TypeError) or a bad hint fails them. set(), bytearray() and joins do not ask.


def mk(hint=None, ln=None, items=(1, 2, 3)):
    ns = {"__iter__": lambda self: iter(items)}
    if hint is not None:
        ns["__length_hint__"] = hint
    if ln is not None:
        ns["__len__"] = ln
    return type("X", (), ns)()


def boom(exc):
    def f(self):
        raise exc

    return f


def f(*a):
    return a


cases = {
    "len RuntimeError": mk(ln=boom(RuntimeError("r"))),
    "len TypeError": mk(ln=boom(TypeError("t"))),
    "len negative": mk(ln=lambda s: -1),
    "len str": mk(ln=lambda s: "a"),
    "len huge": mk(ln=lambda s: 2**100),
    "hint RuntimeError": mk(hint=boom(RuntimeError("r"))),
    "hint TypeError": mk(hint=boom(TypeError("t"))),
    "hint NotImplemented": mk(hint=lambda s: NotImplemented),
    "hint negative": mk(hint=lambda s: -5),
    "hint str": mk(hint=lambda s: "x"),
    "hint float": mk(hint=lambda s: 1.5),
    "hint huge": mk(hint=lambda s: 2**100),
    "hint huge negative": mk(hint=lambda s: -(2**100)),
    "hint bool": mk(hint=lambda s: True),
}
users = {
    "list": list,
    "list.extend": lambda o: [].extend(o),
    "list +=": lambda o: [].__iadd__(o),
    "list.__init__": lambda o: [].__init__(o),
    "tuple": tuple,
    "sorted": sorted,
    "bytes": bytes,
    "bytearray": bytearray,
    "bytearray.extend": lambda o: bytearray().extend(o),
    "set": set,
    "frozenset": lambda o: sorted(frozenset(o)),
    "[*o]": lambda o: [*o],
    "(*o,)": lambda o: (*o,),
    "f(*o)": lambda o: f(*o),
    "listcomp": lambda o: [x for x in o],
    "zip": lambda o: list(zip(o)),
}
for name, o in cases.items():
    for uname, use in users.items():
        try:
            r = use(o)
        except Exception as e:
            r = f"{type(e).__name__}: {e}"
        print(name, "|", uname, "|", r)


# Subclasses of list and tuple are asked too; exact lists and tuples are not.
class L(list):
    def __len__(self):
        raise RuntimeError("L.__len__")


class T(tuple):
    def __len__(self):
        raise RuntimeError("T.__len__")


for o in [L([1, 2]), T((1, 2))]:
    for uname, use in users.items():
        try:
            r = use(o)
        except Exception as e:
            r = f"{type(e).__name__}: {e}"
        print(type(o).__name__, "|", uname, "|", r)


# f(*t) with a tuple subclass iterates it, as PySequence_Tuple does.
class RevTuple(tuple):
    def __iter__(self):
        return reversed(tuple.__iter__(self).__reduce__()[1][0])


print(f(*RevTuple((1, 2, 3))))
