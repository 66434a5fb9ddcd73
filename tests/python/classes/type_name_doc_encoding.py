# A class's name and docstring must encode to UTF-8 (CPython keeps them as C strings):
# lone surrogates are a UnicodeEncodeError, NUL in a name a ValueError; a docstring
# assigned later, or one that is not a str, is stored as it is.
def attempt(f):
    try:
        r = f()
        return f"ok {r!r}"
    except Exception as e:
        return f"{type(e).__name__}: {e}"


for name in ["A", "\xc4", "\U0001f40d", "B.A", "42", "", "A\x00B", "A\udcdcB", "\U0001f40d\ud800", b"A"]:
    print(ascii(name), attempt(lambda: type(name, (), {}).__name__))

for doc in ["x", "\xc4", "\U0001f40d", "x\x00y", "x\udcdcy", "\U0001f40d\udfff", b"x", 42, None]:
    print(ascii(doc), attempt(lambda: ascii(type("A", (), {"__doc__": doc}).__doc__)))

A = type("A", (), {})
for doc in ["x\udcdcy", b"x", None]:
    A.__doc__ = doc
    print(ascii(A.__doc__))

C = type("C", (), {})
for name in ["ok", "A\x00B", "A\udcdcB", "\U0001f40d\udcdc", b"A", "\U0001f40d"]:
    def assign():
        C.__name__ = name
        return C.__name__
    print(ascii(name), attempt(assign), ascii(C.__name__))

# __qualname__ takes anything that is a str.
C.__qualname__ = "Q\udcdc"
print(ascii(C.__qualname__))


class S(str):
    pass


print(attempt(lambda: type(S("Sub\udcdc"), (), {})))
print(attempt(lambda: type("T", (), {"__doc__": S("d\udcdc")})))
