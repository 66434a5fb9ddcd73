# An empty format spec means str(self) for subclasses of the builtin types, so an
# overridden __str__ shows through format(), f-strings and the base __format__ itself
# (enum's StrEnum/IntEnum rely on this); an exact instance formats itself.
class S(str):
    def __str__(self):
        return "S.__str__"


class I(int):
    def __str__(self):
        return "I.__str__"


class F(float):
    def __str__(self):
        return "F.__str__"


class Plain(str):
    pass


for v in (S("x"), I(3), F(1.5), Plain("p")):
    base = type(v).__mro__[1]
    print(type(v).__name__, repr(format(v)), repr(f"{v}"), repr(base.__format__(v, "")))
    print(repr(format(v, ">4")), repr(f"{v:<4}"))
print(repr(format("plain")), repr(str.__format__("plain", "")))


class BadStr(str):
    def __str__(self):
        return 42


try:
    format(BadStr("b"))
except TypeError as e:
    print("TypeError:", e)
print(repr(format(BadStr("b"), "s")))


class StrSub(str):
    def __str__(self):
        return Plain("from-sub")


r = format(StrSub("z"))
print(repr(r), type(r).__name__)
