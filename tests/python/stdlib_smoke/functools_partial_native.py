# functools.partial as the native type of _functools (CPython's C partial): calls and
# keyword merging, attributes, flattening of nested partials, subclasses, reprs, pickling
# and copying, __setstate__'s checks and the construction errors.
import copy
import functools
import pickle
import weakref

import _functools
from functools import partial


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


def f(a, b=2, *, c=3):
    return (a, b, c)


def capture(*args, **kw):
    return args, kw


print("== type")
print(partial is _functools.partial, partial.__module__, partial.__name__, partial.__qualname__)
print(type(partial), callable(partial(f)), partial(f).__doc__ == partial.__doc__)
print(type(partial.__call__).__name__, type(partial.func).__name__, type(partial.__dict__["args"]).__name__)
print(partial[int], hasattr(partial, "__get__"))
show(lambda: partial.__get__)

print("== calls")
p = partial(f, 1)
print(p(), p(5), p(c=7), p(5, c=7), p(b=9))
print(partial(f, c=10)(1), partial(f, 1, 2, c=3)())
print(partial(capture)(), partial(capture, 1, x=1)(2, y=2))
kw = partial(capture, a=1, b=2)
print(kw(b=3, c=4), kw(c=4, a=0), kw())
print(partial(capture, 1)(*range(3), **{"z": 0}))
print(list(map(partial(pow, 2), range(6))))
print(sorted(["bb", "a", "ccc"], key=partial(len)))
show(lambda: partial(f)())
show(lambda: partial(f, 1, 2, 3)())
show(lambda: partial(f, 1, d=4)())
show(lambda: partial(f, 1, b=3)(2))
mut = partial(capture, 1, k=1)
mut.keywords["added"] = 2
print(mut(), mut.keywords)
bad = partial(capture)
bad.keywords[1] = 2
show(lambda: bad())
# The callee's **kw is a copy: changing it leaves the stored keywords alone.


def spoil(**kw):
    kw["x"] = "changed"
    return kw


sp = partial(spoil, x=1)
print(sp(), sp.keywords)

print("== attributes")
p = partial(capture, 1, 2, k=3)
print(p.func is capture, p.args, p.keywords, type(p.args), type(p.keywords))
show(lambda: setattr(p, "func", len))
show(lambda: setattr(p, "args", ()))
show(lambda: delattr(p, "keywords"))
p.note = "hello"
print(p.note, p.__dict__)
p.__dict__ = {"other": 1}
print(p.__dict__, hasattr(p, "note"))
show(lambda: setattr(p, "__dict__", 5))
show(lambda: delattr(p, "__dict__"))
print(weakref.ref(p)() is p)

print("== flattening")
inner = partial(capture, 1, a=1)
outer = partial(inner, 2, b=2)
print(outer.func is capture, outer.args, outer.keywords, outer())
print(partial(partial(capture, a=1), a=2).keywords)
print(partial(partial(partial(capture, 1), 2), 3).args)
seen = partial(capture, 1)
seen.__dict__
print(partial(seen, 2).func is seen)
tagged = partial(capture, 1)
tagged.x = 1
del tagged.x
print(partial(tagged, 2).func is tagged)


class P(partial):
    pass


class CallP(partial):
    def __call__(self, *args, **kw):
        return ("CallP", super().__call__(*args, **kw))


class NewP(partial):
    def __new__(cls, *args, **kw):
        return super().__new__(cls, *args, **kw)


class SlotP(partial):
    __slots__ = ("extra",)


for T in (P, CallP, NewP, SlotP):
    q = partial(T(capture, 1), 2)
    print(T.__name__, q.func is capture, q.args)
sp_ = SlotP(capture, 1)
sp_.extra = 1
print(partial(sp_, 2).func is capture)
print(type(P(partial(capture, 1), 2)).__name__, P(partial(capture, 1), 2).args)

print("== subclasses")
sub = P(capture, 1, k=2)
print(type(sub).__name__, sub(3), sub.args, sub.keywords, isinstance(sub, partial))
print(repr(sub).replace(hex(id(capture)), "ADDR"))
print(CallP(capture, 1)(2))


class Init(partial):
    def __init__(self, func, *args, **kw):
        self.seen = (args, kw)


ini = Init(capture, 1, z=2)
print(ini.seen, ini(), ini.__dict__)


def factory():
    class Local(partial):
        pass

    return Local


print(repr(factory()(len, 1, a=2)), factory().__qualname__)
show(lambda: SlotP(capture).missing)
ms = P(capture)
ms.attr = 5
print(ms.__dict__)
print(P[int])

print("== repr")
print(repr(partial(len)), repr(partial(len, "abc")))
print(repr(partial(capture, 1, "two", k=[3])).replace(hex(id(capture)), "ADDR"))
rec = partial(capture)
rec.__setstate__((capture, (rec,), {"me": rec}, None))
print(repr(rec).replace(hex(id(capture)), "ADDR"))


class Key(str):
    def __str__(self):
        return "key!"


pk = partial(len)
pk.keywords[Key("k")] = 1
print(repr(pk))

print("== errors")
show(lambda: partial())
show(lambda: partial(func=f))
show(lambda: partial(1))
show(lambda: partial(None, 1))
show(lambda: partial.__new__(partial))
show(lambda: partial.__new__(int, f))
print(partial(f, func=1).keywords)

print("== __reduce__ and __setstate__")
r = partial(capture, 1, k=2).__reduce__()
print(r[0] is partial, r[1][0] is capture, r[2][1:])
p = partial(capture)
p.attr = 1
print(p.__reduce__()[2][1:], P(capture, 1).__reduce__()[0] is P)
show(lambda: partial(len).__reduce__(1))
s = partial(len)
for state in [1, (1, 2, 3), (capture, 2, 3, 4), (capture, (), 3, 4), (capture, [], None, None), (1, (), None, None)]:
    show(lambda: s.__setstate__(state))
show(lambda: s.__setstate__())
show(lambda: s.__setstate__((capture, (), None, None), 1))
show(lambda: s.__setstate__(state=1))
s.__setstate__((capture, (1,), None, None))
print(s(), s.args, s.keywords, s.__dict__)
s.__setstate__((capture, (1,), {"a": 1}, {"z": 2}))
print(s(), s.z, s.__dict__)


class T(tuple):
    pass


class D(dict):
    pass


s.__setstate__((capture, T((5,)), D(d=1), None))
print(type(s.args).__name__, type(s.keywords).__name__, s())
shared = {"q": 1}
s.__setstate__((capture, (), shared, None))
shared["q"] = 2
print(s())

print("== pickle and copy")


def add(a, b):
    return a + b


for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    p = partial(add, 1)
    p.attr = "kept"
    q = pickle.loads(pickle.dumps(p, proto))
    print(proto, q(2), q.attr, q.func is add, type(q) is partial)
q = pickle.loads(pickle.dumps(partial(capture, 1, k=[2])))
print(q())
sub = P(add, 10)
print(type(pickle.loads(pickle.dumps(sub))).__name__, pickle.loads(pickle.dumps(sub))(5))
c = copy.copy(partial(capture, [1], k=[2]))
print(c(), type(c).__name__)
orig = partial(capture, [1], k=[2])
d = copy.deepcopy(orig)
d.args[0].append("deep")
print(orig(), d())
print(copy.copy(P(add, 1))(1), type(copy.deepcopy(P(add, 1))).__name__)


class M:
    method = partial(capture, "bound?")


print(M().method(1))
print(functools.partialmethod(capture, 1).__get__(M(), M)()[0][1])
