# __setstate__ and __reduce__ argument checking, and what a valid state does, with
# CPython's messages word for word.
import itertools as it
import sys
from _show import err, show

print("cycle")
for state in [[list("ab"), 0], (list("ab"),), (), (tuple("ab"), 0), (list("ab"), "x"), (list("ab"), 1.5),
              (list("ab"), 2**40), (list("ab"), -2**40), (list("ab"), 2**70), (list("ab"), 0, 1), (list("ab"), None)]:
    print(" ", show(state), err(lambda: it.cycle("xy").__setstate__(state)))
c = it.cycle("defg")
c.__setstate__((list("abc"), 0))
print(" ", list(it.islice(c, 12)))
c = it.cycle("defg")
c.__setstate__((list("abcdefg"), 1))
print(" ", list(it.islice(c, 12)))
print(" ", err(lambda: it.cycle("").__setstate__()), err(lambda: it.cycle("").__reduce__(1)))

print("chain")
for state in [(), [], 0, ([],), (iter([]), []), (iter([]), iter([]), 1)]:
    print(" ", show(state), err(lambda: it.chain().__setstate__(state)))
c = it.chain()
c.__setstate__((iter(["abc", "def"]), iter(["ghi"])))
print(" ", list(c))
print(" ", err(lambda: it.chain.from_iterable()), err(lambda: it.chain.from_iterable(1, 2)))

print("groupby")
for state in [(), [], (1, 2), (1, 2, 3, 4)]:
    print(" ", show(state), err(lambda: it.groupby("ab").__setstate__(state)))
g = it.groupby("aabbc")
g.__setstate__(("a", "a", "a"))
print(" ", [(k, list(v)) for k, v in g])
print(" ", err(lambda: it._grouper(1, 2)), err(lambda: it._grouper()), err(lambda: it._grouper(it.groupby(""), 1, x=1)))

print("tee")
data = it._tee_dataobject(iter("xyz"), list("ab"), None)
for state in [1, (1, 2), (data,), (data, 58), (data, -1), (data, "x")]:
    print(" ", show(state), err(lambda: it._tee(()).__setstate__(state)))
t = it._tee(())
t.__setstate__((data, 1))
print(" ", list(t))
for args in [(iter([]), (), None), (iter([]), [1], 1), (iter([]), [1] * 58, None), (iter([]), [1] * 57, 1), ()]:
    print(" ", err(lambda: it._tee_dataobject(*args)))
full = it._tee_dataobject(iter([]), list(range(57)), it._tee_dataobject(iter("ab"), [], None))
t = it._tee(())
t.__setstate__((full, 55))
print(" ", list(t))
print(" ", err(lambda: it._tee(iter([])).__copy__(1)), err(lambda: it._tee()), err(lambda: it._tee([], x=1)))
print(" ", err(lambda: it.tee([], 1.5)), err(lambda: it.tee([], -1)), err(lambda: it.tee([], n=1)), it.tee([], 0))

print("islice, accumulate, dropwhile, takewhile, zip_longest")
s = it.islice(range(10), 2, 8)
print(" ", err(lambda: s.__setstate__("x")), err(lambda: s.__setstate__(2**70)), err(lambda: s.__setstate__(1.0)))
s.__setstate__(5)
print(" ", list(s))
a = it.accumulate([1, 2, 3])
a.__setstate__(100)
print(" ", list(a), err(lambda: a.__setstate__()))
d = it.dropwhile(bool, [1, 0, 2])
d.__setstate__(1)
print(" ", list(d))
t = it.takewhile(bool, [1, 2, 0])
t.__setstate__([])
print(" ", list(t))
t.__setstate__(True)
print(" ", list(it.takewhile(bool, [1])), err(lambda: t.__setstate__(1, 2)))
z = it.zip_longest("ab", "c")
z.__setstate__("!")
print(" ", list(z), err(lambda: z.__setstate__()))

print("product")
for state in [1, ("x",), (0,), (5,), (-5,), (0, 0)]:
    p = it.product("abc")
    print(" ", show(state), err(lambda: p.__setstate__(state)), err(lambda: list(p)))
p = it.product("abc", "de")
print(" ", err(lambda: p.__setstate__((1, "x"))), list(p))
p = it.product((1, 2), (3,))
p.__setstate__((0, 0x1000))
print(" ", list(p))
p = it.product((1, 2), (), (3,))
p.__setstate__((0, 0, 0x1000))
print(" ", list(p))

print("combinations, combinations_with_replacement, permutations")
for make in [lambda: it.combinations("abcd", 2), lambda: it.combinations_with_replacement("abc", 2)]:
    for state in [(1,), [1, 2], (1, "x"), (0, 9), (-4, -4), (2, 1)]:
        c = make()
        print(" ", show(state), err(lambda: c.__setstate__(state)), err(lambda: list(c)))
for state in [(1,), [1], ((1,),), ((1,), [1]), ((1,), (2,)), ((0, 1, 2), (1, 2)), ((2, 0, 1), (9, -9)),
              ((0, 1, 2), ("x", 1))]:
    p = it.permutations("abc", 2)
    print(" ", show(state), err(lambda: p.__setstate__(state)), err(lambda: list(p)))

print("constructor arguments")
print(" ", err(lambda: it.repeat("a", 2**70)), err(lambda: it.repeat("a", 1.5)))
print(" ", err(lambda: it.product("ab", foo=1)), err(lambda: it.product("ab", repeat=2, foo=1)))
print(" ", err(lambda: it.product("ab", repeat=-1)), err(lambda: it.product("ab", repeat=2**70)))
print(" ", err(lambda: it.combinations("abc", 2**63)), err(lambda: it.combinations("abc", -1)))
print(" ", err(lambda: it.permutations("abc", -1)), list(it.permutations("ab", None)))
print(" ", err(lambda: it.zip_longest("a", foo=1)), err(lambda: it.zip_longest("a", fillvalue=1, foo=2)))
for args in [(-1,), (-5,), (1.5,), ("x",), (None,), (-1, 2), (1, -1), (1, -2), (1, 2, 0), (1, 2, -1),
             (1, 2, "x"), (sys.maxsize,), (sys.maxsize + 1,), (1, 2, sys.maxsize + 1), (None, None, None)]:
    print(" ", show(args), err(lambda: list(it.islice("abc", *args))))
