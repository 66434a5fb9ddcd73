# list.sort and sorted read their keyword arguments as CPython's argument clinic does.
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


class Index:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


for v in [True, 0, 2, -1, 2**31 - 1, 2**31, -2**31, -2**31 - 1, 2**100, Index(3), Index(0), Index(2**40), 1.5, [], None, "x"]:
    attempt("sorted reverse=%r" % (v if not isinstance(v, Index) else ("Index", v.v),), lambda: sorted([3, 1, 2], reverse=v))
    lst = [3, 1, 2]
    attempt("list.sort reverse", lambda: (lst.sort(reverse=v), lst)[1])

attempt("unknown kw", lambda: sorted([2, 1], foo=1))
attempt("unknown kw after bad reverse", lambda: sorted([2, 1], reverse=[], foo=1))
attempt("three kws", lambda: sorted([2, 1], key=None, reverse=True, foo=1))
attempt("list three kws", lambda: [2, 1].sort(key=None, reverse=True, foo=1))
attempt("no args", lambda: sorted())
attempt("two args", lambda: sorted([1], [2]))
attempt("positional sort", lambda: [1].sort(None))
attempt("key None", lambda: sorted("cab", key=None))
attempt("key len reverse", lambda: sorted(["aa", "b", "ccc", "dd"], key=len, reverse=True))
attempt("stable reverse", lambda: sorted([(1, "a"), (0, "b"), (1, "c"), (0, "d")], key=lambda p: p[0], reverse=True))
attempt("ints reverse stable", lambda: sorted([1, 1.0, True, 0, 0.0, False], reverse=True))
attempt("strs", lambda: sorted(["b", "a", "C", "é", "e"]))
attempt("floats nan", lambda: sorted([3.0, float("nan"), 1.0, 2.0]))
attempt("big ints", lambda: sorted([2**70, -5, 2**53 + 1, 2**53]))
attempt("mixed", lambda: sorted([1, "a"]))
attempt("generator", lambda: sorted(x * x for x in range(-3, 3)))
attempt("dict", lambda: sorted({"b": 1, "a": 2}))


class L(list):
    def __iter__(self):
        return iter([9, 8])


attempt("list subclass iter", lambda: sorted(L([1, 2, 3])))
