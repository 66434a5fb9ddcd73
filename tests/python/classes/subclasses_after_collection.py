# Classes made and dropped in a loop (a class factory) are freed like other objects: after
# gc.collect() their base no longer lists them, while the ones still referenced stay.
import gc


class Base:
    pass


def make(i):
    class Made(Base):
        n = i

        def f(self):
            return self.n

    return Made


for i in range(5000):
    make(i)
kept = [make(-1), make(-2), make(-3)]
gc.collect()
print(len(Base.__subclasses__()), sorted(c.n for c in Base.__subclasses__()))
print(sum(1 for c in object.__subclasses__() if c.__name__ == "Made"))
print([k().f() for k in kept])
