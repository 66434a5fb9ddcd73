# An instance of a class may lose its __dict__ (`del o.__dict__`): its attributes go and
# the next store starts an empty one. Built-in types with a __dict__ refuse the deletion.
def t(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


def delete_dict(o):
    del o.__dict__


def f():
    pass


class C:
    pass


c = C()
c.x = 1
t("instance", lambda: delete_dict(c))
print(c.__dict__, vars(c))
t("x gone", lambda: c.x)
c.y = 2
print(c.__dict__)
t("again", lambda: delete_dict(c))
t("again and again", lambda: delete_dict(c))
c.z = 3
print(c.z, c.__dict__)
t("set None", lambda: setattr(c, "__dict__", None))
t("set list", lambda: setattr(c, "__dict__", []))
c.__dict__ = {"b": 1}
print(c.b)


class D(dict):
    pass


dd = D(k=1)
dd.attr = 5
t("dict subclass", lambda: delete_dict(dd))
print(dd, vars(dd))


class E(Exception):
    pass


t("function", lambda: delete_dict(f))
t("exception", lambda: delete_dict(ValueError()))
t("exception subclass", lambda: delete_dict(E()))
