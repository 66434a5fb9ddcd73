# A class's __dict__ descriptor hands instances whose solid base is a built-in type with a
# __dict__ of its own (module, exception) over to that type's descriptor, as CPython's
# subtype_dict/subtype_setdict do: a module's __dict__ is a read-only member.
import sys
def t(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)
class Base: pass
MT = type(sys)
class Module1(MT, Base): pass
class Module2(Base, MT): pass
dd = Base.__dict__["__dict__"]
for M in Module1, Module2:
    m = M("spam")
    m.x = 1
    t("set", lambda: setattr(m, "__dict__", {}))
    t("del", lambda: delattr(m, "__dict__"))
    t("descr set", lambda: dd.__set__(m, {}))
    t("descr get", lambda: sorted(dd.__get__(m)))
    print(m.x)
print(type(MT.__dict__["__dict__"]).__name__)
class E(Base, Exception): pass
e = E()
e.a = 1
t("exc descr set", lambda: dd.__set__(e, {"b": 2}))
print(e.__dict__)
t("exc del", lambda: dd.__delete__(e))
def f(): pass
class B2: pass
t("func via other", lambda: dd.__set__(f, {}))
