# `for i, x in enumerate(a_list)` in hot code takes the index and the item without making
# the pair. The enumerate object's state must stay exact: shared with other readers,
# resumed after a break, past 2**53, over lists that change, and for subclasses.


def indexed(seq, start=0):
    out = []
    for i, x in enumerate(seq, start):
        out.append(i * 10 + x if isinstance(x, int) else (i, x))
    return out


def first_three_then_rest(e):
    head = []
    for i, x in e:
        head.append((i, x))
        if i == 2:
            break
    return head, next(e), list(e)


def growing(lst):
    seen = 0
    for i, x in enumerate(lst):
        if i < 5:
            lst.append(x + 100)
        seen += 1
    return seen, lst[-3:]


def shrinking(lst):
    out = []
    for i, x in enumerate(lst):
        out.append((i, x))
        if lst:
            lst.pop()
    return out


class E(enumerate):
    def __next__(self):
        i, x = super().__next__()
        return i, x * 2


def pairs_of(e):
    t = 0
    for i, x in e:
        t += i * x
    return t


data = list(range(20))
for _ in range(300):
    r = indexed(data)
print(r[:5], len(r))
print(indexed(data, 5)[:3], indexed(["a", "b"], -1))
print(indexed((1, 2, 3)), indexed(iter([4, 5])), indexed(x for x in [6, 7]), indexed("ab"))
big = 2**53 - 2
print(indexed([1, 2, 3, 4], big))
print(indexed([1, 2], 2**70))
for _ in range(200):
    first_three_then_rest(enumerate([7, 8, 9, 10, 11]))
print(first_three_then_rest(enumerate([7, 8, 9, 10, 11])))
e = enumerate(["p", "q", "r"])
print(next(e), indexed(e))
for _ in range(100):
    growing([1, 2, 3])
print(growing([1, 2, 3]), shrinking([1, 2, 3, 4, 5]))
for _ in range(200):
    pairs_of(enumerate([1, 2, 3]))
print(pairs_of(enumerate([1, 2, 3])), pairs_of(E([1, 2, 3])), pairs_of(zip([1, 2], [3, 4])))
try:
    pairs_of(enumerate([1, 2, "x"]))
except TypeError as ex:
    print("TypeError:", ex)
try:
    pairs_of([(1, 2), (3,)])
except ValueError as ex:
    print("ValueError:", ex)
