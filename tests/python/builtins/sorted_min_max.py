print(sorted([3, 1, 2], reverse=True), sorted('bca'), sorted([], key=len))
print(min(3, 1, 2), max('apple', 'fig', key=len), min([], default='empty'), max([2], default=0))
print(min([(1, 'b'), (1, 'a')]), max([1, 3, 3, 2], key=lambda x: -x), min('aAb', key=str.lower))
for f in (lambda: min(), lambda: max([]), lambda: min(1), lambda: max(1, 2, default=0), lambda: min([1, 'a'])):
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(max([1, 2], [1, 3]), min({3: 'a', 1: 'b'}), max(range(10), key=lambda v: v % 4))
