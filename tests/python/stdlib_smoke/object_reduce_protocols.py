# object.__reduce_ex__ as CPython's reduce_newobj: copyreg's own __newobj__ and
# __newobj_ex__, type(obj) rather than obj.__class__, __getnewargs_ex__/__getnewargs__
# looked up on the type with CPython's checks, state from __getstate__ with the class's
# __slotnames__ (cached by copyreg._slotnames), and the argument checks.
import copy
import copyreg


def attempt(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"


def show(r):
    if isinstance(r, str):
        return r
    func, args, *rest = r
    names = {
        copyreg.__newobj__: "copyreg.__newobj__",
        copyreg.__newobj_ex__: "copyreg.__newobj_ex__",
        copyreg._reconstructor: "copyreg._reconstructor",
    }
    return (names.get(func, func), tuple(getattr(a, "__name__", a) for a in args), *rest)


args = (-101, "spam")
kwargs = {"bacon": -201, "fish": -301}


class C1:
    def __getnewargs__(self):
        return args


class C3:
    def __getnewargs_ex__(self):
        return (args, kwargs)


class C9:
    def __getnewargs_ex__(self):
        return (args, {})


for cls in (C1, C3, C9):
    obj = cls()
    for proto in (2, 3, 4, 5):
        print(cls.__name__, proto, show(obj.__reduce_ex__(proto)))
o = C1()
o.cheese = -401
r = o.__reduce_ex__(2)
print(show(r), r[2] is o.__dict__)


def bad(ret, name="__getnewargs_ex__"):
    return type("Bad", (), {name: lambda self: ret})()


for ret in [(args, "bad dict"), ("bad tuple", kwargs), (), "bad args", (1, 2, 3)]:
    print(repr(ret), attempt(lambda: bad(ret).__reduce_ex__(2)))
print(attempt(lambda: bad("bad args", "__getnewargs__").__reduce_ex__(2)))


# Special methods are looked up on the type: __getattr__ is not asked for them.
class Picky:
    def __getstate__(self):
        return {}

    def __getattr__(self, attr):
        if attr in ("__getnewargs__", "__getnewargs_ex__"):
            raise AssertionError(attr)
        return None


for proto in range(6):
    print(proto, show(Picky().__reduce_ex__(proto)))
p = Picky()
p.__getnewargs__ = lambda: (1, 2)
print(show(p.__reduce_ex__(2)))


# __slotnames__: found in the class namespace, else computed and cached by copyreg.
class S:
    __slots__ = ("a", "b", "__dict__")


s = S()
s.a = 1
s.x = 2
print("__slotnames__" in S.__dict__)
print(show(s.__reduce_ex__(2)), S.__dict__["__slotnames__"])


class Named(str):
    pass


class A:
    __slotnames__ = [Named("spam")]

    def __getattr__(self, attr):
        if attr == "spam":
            A.__slotnames__[:] = [Named("spam")]
            return 42
        raise AttributeError(attr)


print(show(A().__reduce_ex__(2)))


class BadSlotnames:
    __slotnames__ = ("x",)


print(attempt(lambda: BadSlotnames().__reduce_ex__(2)))


class Plain:
    pass


Plain().__reduce_ex__(2)
print(Plain.__dict__.get("__slotnames__"))


# The class in the reduction is type(obj), whatever __class__ says.
class Liar:
    @property
    def __class__(self):
        return int


print(show(Liar().__reduce_ex__(2)))


# A __reduce__ of the instance's class (not object's) wins.
class R:
    def __reduce__(self):
        return (R, ())


print(show(R().__reduce_ex__(2)), show(R().__reduce_ex__(0)))
print(attempt(lambda: object().__reduce__(0)))
print(attempt(lambda: object().__reduce_ex__()))
print(attempt(lambda: object().__reduce_ex__(None)))
print(attempt(lambda: object().__reduce_ex__(1, 2)))
print(attempt(lambda: object().__reduce_ex__(2**40)))
print(attempt(lambda: object().__reduce_ex__(p=1)))
print(attempt(lambda: object().__getstate__(1)))
print(show(object().__reduce_ex__(0)), show(object().__reduce__()))


class L(list):
    pass


class D(dict):
    pass


lst = L([1, 2])
r = lst.__reduce_ex__(2)
print(show(r)[:3], list(r[3]), r[4])
d = D(a=1)
r = d.__reduce_ex__(2)
print(show(r)[:4], list(r[4]))
print(copy.copy(lst), copy.deepcopy(d), copy.copy(s).a)
print(attempt(lambda: object.__reduce_ex__(iter([]), 2)))
print(attempt(lambda: object.__reduce_ex__(reversed([]), 2)))
