# BaseException.__reduce__ carries the instance dict, so a round trip through
# __reduce__/__setstate__ (what pickle and copy do) keeps ImportError's name and path,
# OSError's filename and attributes set on the instance.
def round_trip(e):
    r = e.__reduce__()
    e2 = r[0](*r[1])
    if len(r) > 2 and r[2] is not None:
        e2.__setstate__(r[2])
    return e2

e = round_trip(ImportError("test", name="somename", path="somepath"))
print(type(e).__name__, e.args, e.msg, e.name, e.path)
e = round_trip(OSError("foo", "bar", "baz"))
print(type(e).__name__, e.args, e.errno, e.strerror, e.filename)
x = ValueError(1)
x.extra = [1, 2]
e = round_trip(x)
print(e.args, e.extra)
print(ValueError(3).__reduce__())
try:
    ValueError().__setstate__(5)
except TypeError as err:
    print("TypeError:", err)
