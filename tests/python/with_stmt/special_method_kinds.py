# __enter__ and __exit__ looked up on the type and bound as each kind of attribute binds.
SHOW = [False]


def say(*a):
    if SHOW[0]:
        print(*a)


class Static:
    @staticmethod
    def __enter__():
        return "static enter"

    @staticmethod
    def __exit__(*a):
        say("static exit", a[0])
        return False


class ClassM:
    @classmethod
    def __enter__(cls):
        return cls.__name__

    @classmethod
    def __exit__(cls, *a):
        say("classmethod exit", cls.__name__)


class CallableExit:
    def __call__(self, *a):
        say("callable object called with", len(a), "args")
        return True


class WithCallable:
    __enter__ = lambda self: self
    __exit__ = CallableExit()


class Descr:
    def __get__(self, obj, owner):
        def bound(*a):
            say("bound by __get__ for", type(obj).__name__, owner.__name__, a[0])
            return True

        return bound


class WithDescr:
    def __enter__(self):
        return 1

    __exit__ = Descr()


class Builtin(dict):
    __enter__ = dict.copy
    __exit__ = dict.update


def run():
    with Static() as s:
        say(s)
    with ClassM() as c:
        say(c)
    with WithCallable():
        raise ValueError("swallowed by the callable")
    with WithDescr() as d:
        raise KeyError("swallowed by the descriptor's function")
    b = Builtin(a=1)
    try:
        with b as copy:
            say(copy, type(copy).__name__)
    except TypeError as e:
        say("TypeError:", e)
    inst = WithDescr()
    inst.__exit__ = None  # instance attributes are not looked up
    with inst:
        pass


for _ in range(200):
    run()
SHOW[0] = True
run()
