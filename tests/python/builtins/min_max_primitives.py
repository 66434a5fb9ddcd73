# min and max compare ints and strs directly and everything else by its own methods; the
# first of equal items wins, mixed kinds compare as Python compares them.
print(min([3, 1, 2]), max([3, 1, 2]), min(5, -5), max("b", "a", "c"))
print(min([1, 1.0, True]), max([1, 1.0, True]), min([True, 1, 1.0]), max([0, False, 0.0]))
print(min(["pear", "apple", "fig"]), max(["é", "e", "z"]), max(["a\U0001F600", "a\uffff", "b"]))
print(min([2**70, 2**53, -(2**80)]), max([2**53 - 1, 2**53, 2**53 + 1]))
nan = float("nan")
print(min([nan, 1.0, 2.0]), min([1.0, nan, 0.5]), max([3, nan, 4]))
print(min([[2], [1, 5], [1]]), max((1, 2), (1, 3)), min("hello"))
print(min(range(5, 0, -1)), max(iter([4, 9, 2])), min([], default="empty"), max((x for x in []), default=None))
words = ["Banana", "apple", "Cherry"]
print(min(words, key=str.lower), max(words, key=len), min([(1, "b"), (1, "a")], key=lambda p: p[0]))
for bad in ([1, "a"], ["a", 1], [None, None], [1, None]):
    try:
        print(min(bad))
    except TypeError as e:
        print("TypeError:", e)
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    min(1, 2, default=0)
except TypeError as e:
    print("TypeError:", e)


class Backwards:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v > other.v

    def __gt__(self, other):
        return self.v < other.v

    def __repr__(self):
        return f"B({self.v})"


print(min([Backwards(1), Backwards(3), Backwards(2)]), max([Backwards(1), Backwards(3)]))
lst = [5, 3, 8]
print(min(lst, key=lambda v: (lst.append(0) if len(lst) < 5 else None, v)[1]), lst)
