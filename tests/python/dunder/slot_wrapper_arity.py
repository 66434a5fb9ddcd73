# Slot wrappers check their argument count before running (CPython's check_num_args).
calls = [
    ([].__contains__, ()),
    ([].__getitem__, ()),
    (().__getitem__, ()),
    ({}.__getitem__, ()),
    ([].__delitem__, ()),
    ([1].__setitem__, (0,)),
    ([].__len__, (1,)),
    (set().__contains__, ()),
    ((1).__add__, ()),
    ((1).__neg__, (2,)),
    ("a".__eq__, ()),
    (range(3).__iter__, (1,)),
]
for f, args in calls:
    try:
        f(*args)
    except TypeError as e:
        print(f.__name__, "TypeError")
try:
    [].__len__(x=1)
except TypeError as e:
    print(e)
print([1].__getitem__(0), [1].__contains__(1), (1,).__len__(), (2).__add__(3))
