import time, os, sys
t = time.struct_time
def tr(f):
    try:
        r = f()
        print(type(r).__name__, r, getattr(r, 'tm_zone', '-'))
    except Exception as e:
        print(type(e).__name__, e)
tr(lambda: t())
tr(lambda: t(None))
tr(lambda: t("123"))
tr(lambda: t("123456789"))
tr(lambda: t(range(9)))
tr(lambda: t(range(10)))
tr(lambda: t(range(11)))
tr(lambda: t(range(12)))
tr(lambda: t(range(9), {'tm_zone': 'X'}))
tr(lambda: t(range(9), dict={'tm_zone': 'X'}))
tr(lambda: t(range(9), []))
tr(lambda: t(sequence=range(9)))
tr(lambda: t(range(9), None))
tr(lambda: t([1]*9, {}, 3))
class C:
    def __getitem__(self, i):
        raise TypeError("eviltuple error")
    def __len__(self):
        return 9
tr(lambda: t(C()))
class D:
    def __iter__(self):
        raise TypeError("mine")
tr(lambda: t(D()))
tr(lambda: os.stat_result(range(3)))
tr(lambda: os.stat_result(range(30)))
tr(lambda: os.terminal_size((1,)))
tr(lambda: os.terminal_size((1,2,3)))
tr(lambda: os.terminal_size((1,2)))
tr(lambda: os.terminal_size((1,2), {}))
tr(lambda: os.uname_result(1))
tr(lambda: os.times_result((1,)))
