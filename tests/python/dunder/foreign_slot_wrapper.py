# A slot wrapper taken from another class (`__eq__ = str.__eq__` in an int subclass) must
# check its self when the special method is used (bpo-37619), with wrapperdescr_call's
# words; binding it through attribute access uses descr_check's.


class A(int):
    __eq__ = str.__eq__
    __add__ = str.__add__
    __len__ = list.__len__


a = A()
for label, f in [
    ("a == a", lambda: a == a),
    ("a + a", lambda: a + a),
    ("len(a)", lambda: len(a)),
    ("str.__eq__(a, a)", lambda: str.__eq__(a, a)),
    ("a.__eq__(a)", lambda: a.__eq__(a)),
    ("a.__eq__", lambda: a.__eq__),
    ("str.__eq__.__get__(a)", lambda: str.__eq__.__get__(a)),
    ("str.lower(1)", lambda: str.lower(1)),
    ("int.__add__('x', 1)", lambda: int.__add__("x", 1)),
]:
    try:
        print(label, "->", f())
    except TypeError as e:
        print(label, "TypeError:", e)


class S(str):
    __eq__ = str.__eq__


print(S("x") == "x", S("x") == S("y"))
