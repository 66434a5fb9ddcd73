# A metaclass's mro() runs while the class has no MRO yet: __mro__ is None, the class
# cannot be subclassed, a __bases__ assignment made then gives the MRO that stays; the
# result must be classes of a suitable layout and include the class for __init_subclass__.
def attempt(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"


steps = []


class M(type):
    def mro(cls):
        steps.append((cls.__name__, cls.__mro__))
        if cls.__name__ == "A" and len(steps) == 1:
            print("extend:", attempt(lambda: type("X", (cls,), {})))
            print("super:", attempt(lambda: super(cls, cls).xxx))
            cls.__bases__ += ()
        return type.mro(cls)


class A(metaclass=M):
    pass


print(steps)
print([c.__name__ for c in A.__mro__])


class B:
    pass


class Vanishing(type):
    def mro(cls):
        del Vanishing.mro
        return (B,)


print(attempt(lambda: Vanishing("C", (), {})))


class Bad(type):
    def mro(cls):
        return (cls, 1)


print(attempt(lambda: Bad("D", (), {})))


class Unsuitable(type):
    def mro(cls):
        return (cls, int, object)


print(attempt(lambda: Unsuitable("E", (), {})))


class ListLayout(type):
    def mro(cls):
        return (cls, dict, object)


print(attempt(lambda: ListLayout("F", (list,), {})))


class Reordered(type):
    def mro(cls):
        return (cls, object)


class G(metaclass=Reordered):
    pass


print([c.__name__ for c in G.__mro__])
