# A method that fills in instances of classes made one per call (as enum does for its
# members, on a class it is still building): each new class fails the type guards of every
# attribute site on the instance, and the class changes under them as it is filled in.
class Member:
    def fill(self, cls, name, value):
        self._value_ = value
        self._name_ = name
        self.__objclass__ = cls
        self._sort_ = len(cls.__dict__)
        setattr(cls, name, self)
        return self._value_


def make(i):
    cls = type("Made%d" % i, (Member,), {})
    total = 0
    for k in range(20):
        total += cls().fill(cls, "m%d" % k, k * i)
    return total


print(sum(make(i) for i in range(40)))
