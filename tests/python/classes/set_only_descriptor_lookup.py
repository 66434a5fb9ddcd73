# A descriptor with __set__ but no __get__ does not hide what the class (or a module's
# namespace) holds: type_getattro and module_getattro call only descriptors with a __get__.
class Descr:
    def __init__(self, name): self.name = name
    def __set__(self, obj, value): obj.__dict__[self.name] = value
class Meta(type): pass
class X(metaclass=Meta): pass
X.a = 42
Meta.a = Descr("a")
print(X.a)
del Meta.a
class Meta2(type):
    b = Descr("b")
class Y(metaclass=Meta2): pass
print(type(Y.b).__name__)
import sys
M = type(sys)
class MD:
    def __set__(self, o, v): print("set", v)
class MM(M):
    c = MD()
m = MM("m")
m.__dict__["c"] = 5
print(m.c)
m.c = 6
print(m.c)
class GD:
    def __get__(self, o, t): return "got"
    def __set__(self, o, v): pass
class MM2(M):
    c = GD()
m2 = MM2("m2"); m2.__dict__["c"] = 5
print(m2.c)
