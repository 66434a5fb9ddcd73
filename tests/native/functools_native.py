import _functools
import functools

print(functools.reduce(lambda a, b: a * b, range(1, 10)), functools.reduce(lambda a, b: a + b, [], 7),
      functools.reduce(lambda a, b: a + [b], "abc", []), functools.reduce(max, iter([3, 9, 2])))
words = ["pear", "Apple", "fig", "banana"]
print(sorted(words, key=functools.cmp_to_key(lambda a, b: len(a) - len(b))))
print(sorted(words, key=functools.cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower())),
             reverse=True))
K = functools.cmp_to_key(lambda a, b: a - b)
k1, k2 = K(1), K(2)
print(k1 < k2, k1 <= k2, k1 == k2, k1 != k2, k1 > k2, k1 >= k2, k1.obj, K(obj=5).obj)
print(type(K).__name__, type(k1).__name__, min([K(5), K(3), K(4)]).obj)
for e in ["_functools.reduce()", "_functools.reduce(1)", "_functools.reduce(lambda a, b: a + b, [])",
          "_functools.reduce(lambda a, b: a + b, 3)", "_functools.reduce(lambda a, b: a + b, [1, 2], 5, 6)",
          "_functools.reduce(lambda a, b: a + b, [1, 2], x=5)", "_functools.cmp_to_key()",
          "_functools.cmp_to_key(1)(2) < 3", "hash(_functools.cmp_to_key(1)(2))",
          "_functools.cmp_to_key(1)(2) == 2", "_functools.cmp_to_key(1)()"]:
    try:
        print(e, repr(eval(e)))
    except Exception as x:
        print(e, type(x).__name__, x)
