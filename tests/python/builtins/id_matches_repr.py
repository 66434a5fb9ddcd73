# id() is the address a default repr shows, and object's default hash is derived from it;
# ids of small ints, bools and objects are distinct and stable.
class A:
    pass


a, o = A(), object()
print(hex(id(a)) in repr(a), hex(id(o)) in repr(o))
print(hash(a) == id(a) >> 4, hash(o) == id(o) >> 4)
print(id(a) == id(a), id(a) != id(o))
f = lambda: 0
print(hex(id(f)) in repr(f))
ids = {id(x) for x in (True, False, 0, 1, -1, 2**40, 2**70, a, o, None, f)}
print(len(ids))
print(id(12345) == id(12345), id(10**20) == id(10**20))
