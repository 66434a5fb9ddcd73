# `x in seq` compares the items in order: an item whose __eq__ raises before the match
# is found raises, one after it is never asked.


class Stop(Exception):
    pass


class StopCompares:
    def __eq__(self, other):
        raise Stop


for make in (list, tuple):
    first = make([1, StopCompares()])
    print(make.__name__, 1 in first, "x" in make(["x", StopCompares()]))
    last = make([StopCompares(), 1])
    for item in (1, "s", True):
        try:
            print(item in last)
        except Stop:
            print(make.__name__, repr(item), "raised")
    try:
        print(last.__contains__(1))
    except Stop:
        print(make.__name__, "__contains__ raised")

print(1 in [True], True in [1.0], 2 in [True, 2], 1 in [1.5, 1.0])
