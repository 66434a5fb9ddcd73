# int() binds __trunc__ (calling a descriptor's __get__) before it warns that the
# delegation is deprecated: a __get__ that raises leaves no warning behind.
import sys


class Boom(Exception):
    pass


class ErrDescr:
    def __get__(self, obj, owner):
        raise Boom


class Trunc:
    def __get__(self, obj, owner):
        print("__get__ called")
        return lambda: 7


class X:
    __trunc__ = ErrDescr()


class Y:
    __trunc__ = Trunc()


try:
    int(X())
except Boom:
    print("Boom")
sys.stderr.flush()
print(int(Y()))
