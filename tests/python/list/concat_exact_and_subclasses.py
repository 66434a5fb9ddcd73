# list + list and tuple + tuple: new objects of the base type, subclasses' operators honoured.
a = [1, 2]
b = [3]
c = a + b
print(c, c is a, c is b, type(c))
c.append(4)
print(a, b, c)
print([] + [], [] + a, (a + []) is a)

t = (1, 2)
print(t + (), (t + ()) is t, (() + t) is t, () + (), t + (3,))


class L(list):
    pass


class T(tuple):
    pass


print(type(L([1]) + [2]), type([1] + L([2])), L([1]) + L([2]))
print(type(T((1,)) + (2,)), type((1,) + T((2,))), T((1,)) + ())
print((T((1,)) + ()) is T, type(() + T((1,))))


class Radd(list):
    def __radd__(self, other):
        return "radd"

    def __add__(self, other):
        return "add"


print([1] + Radd([2]), Radd([1]) + [2])


class TAdd(tuple):
    def __add__(self, other):
        return ("custom",) + tuple.__add__(self, other)


print(TAdd((1,)) + (2,), (0,) + TAdd((1,)))

for x, y in [([1], (2,)), ((1,), [2]), ([1], "a"), ((), None)]:
    try:
        x + y
    except TypeError as e:
        print("TypeError:", e)


def f(n):
    acc = []
    tup = ()
    for i in range(n):
        acc = acc + [i]
        tup = tup + (i,)
    return acc, tup


for _ in range(300):
    r = f(5)
print(r)
